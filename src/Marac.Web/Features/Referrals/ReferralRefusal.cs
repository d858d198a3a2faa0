using System.Globalization;
using Marac.Data;
using Marac.Data.Entities;

namespace Marac.Web.Features.Referrals;

/// <summary>A refused attempt on a referral is audited, and answered as if the referral did not exist.</summary>
public static class ReferralRefusal
{
    public static async Task RecordRefusalAsync(this MaracDbContext db, int referralId, string outcome)
    {
        db.ChangeTracker.Clear();
        db.RecordAudit(AuditAction.Refused, nameof(Referral), referralId.ToString(CultureInfo.InvariantCulture), referralId, outcome: outcome);
        await db.SaveChangesAsync();
    }
}
