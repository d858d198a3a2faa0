using Marac.Data.Entities;

namespace Marac.Data.Referrals;

/// <summary>Where a referral stands in its life, as the sharing policy reads it.</summary>
public static class ReferralLifecycle
{
    /// <summary>
    /// Accepted by a coordinator (and perhaps heard, withdrawn or merged since). Before that, a submitted or returned
    /// referral is seen only by coordinators and its referrer.
    /// </summary>
    public static bool IsAccepted(ReferralStatus status) => !NotYetAccepted.Contains(status);

    /// <summary>The statuses before a coordinator's acceptance; a query tests <c>!NotYetAccepted.Contains(r.Status)</c>.</summary>
    public static readonly ReferralStatus[] NotYetAccepted = [ReferralStatus.Draft, ReferralStatus.Submitted, ReferralStatus.Returned];
}
