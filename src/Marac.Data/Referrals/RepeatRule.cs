using System.Linq.Expressions;
using Marac.Data.Entities;

namespace Marac.Data.Referrals;

/// <summary>
/// A referral is a repeat when the same victim, with at least one of the same perpetrators, had a
/// referral to this MARAC within the 12 months before this referral's date. A coordinator's
/// override, kept with its reason, wins. Translates to SQL on both providers.
/// </summary>
public static class RepeatRule
{
    public const int WindowMonths = 12;

    /// <summary>Statuses of a referral that was really made to this MARAC.</summary>
    public static readonly Expression<Func<Referral, bool>> CountsAsReferral =
        r => r.Status == ReferralStatus.Submitted || r.Status == ReferralStatus.Accepted || r.Status == ReferralStatus.Heard;

    public static Expression<Func<Referral, bool>> IsRepeat(IQueryable<Referral> allReferrals) =>
        r => r.RepeatOverride ?? allReferrals.Any(earlier =>
            earlier.Id != r.Id
            && (earlier.Status == ReferralStatus.Submitted || earlier.Status == ReferralStatus.Accepted || earlier.Status == ReferralStatus.Heard)
            && earlier.Victim.SubjectId == r.Victim.SubjectId
            && earlier.ReferralDate < r.ReferralDate
            && earlier.ReferralDate >= r.ReferralDate.AddMonths(-WindowMonths)
            && earlier.Perpetrators.Any(ep => r.Perpetrators.Any(rp => rp.Person.SubjectId == ep.Person.SubjectId)));

    public static IQueryable<Referral> WhereRepeat(this IQueryable<Referral> referrals, IQueryable<Referral> allReferrals) =>
        referrals.Where(IsRepeat(allReferrals));
}
