using Marac.Data;
using Marac.Data.Entities;
using Marac.Web.Features.Administration;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Governance.LegalHold;

/// <summary>
/// Sets and lifts a case's legal hold (a domestic homicide review, a court order), which stops anonymisation.
/// Both need a reason; both are guarded by the referral's version. Coordinators excluded from the case
/// cannot find it.
/// </summary>
public sealed class LegalHoldEditor(MaracDbContext db, TimeProvider clock)
{
    public const int ReasonLength = 200;

    public async Task<Referral?> FindAsync(int referralId, int? userId, int? agencyId, CancellationToken ct = default)
    {
        var excluded = await db.CaseExclusions.AnyAsync(e => e.ReferralId == referralId && e.RemovedAt == null
            && ((userId != null && e.StaffUserId == userId) || (agencyId != null && e.AgencyId == agencyId)), ct);
        return excluded ? null : await db.Referrals.AsNoTracking().FirstOrDefaultAsync(r => r.Id == referralId, ct);
    }

    /// <param name="hold">True to set the hold, false to lift it.</param>
    public async Task<AdminSaveResult> SaveAsync(int referralId, bool hold, string? reason, Guid? version, int? userId, CancellationToken ct = default)
    {
        var referral = await db.Referrals.FirstOrDefaultAsync(r => r.Id == referralId, ct);
        if (referral is null)
        {
            return AdminSaveResult.NotFound;
        }
        var errors = Check(referral, hold, reason?.Trim());
        return await VersionedSave.SaveAsync(db, referral, referralId, version, errors, () => Apply(referral, hold, reason!.Trim(), userId), ct);
    }

    private void Apply(Referral referral, bool hold, string reason, int? userId)
    {
        if (hold)
        {
            referral.LegalHoldReason = reason;
            referral.LegalHoldSetAt = clock.GetUtcNow().UtcDateTime;
            referral.LegalHoldSetByUserId = userId;
        }
        else
        {
            referral.LegalHoldReason = null;
            referral.LegalHoldSetAt = null;
            referral.LegalHoldSetByUserId = null;
            // The hold's own fields are cleared, so the reason for lifting it is kept in the trail.
            db.RecordAudit(AuditAction.Change, "LegalHold", referral.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), referral.Id,
                detail: "lifted", outcome: reason);
        }
    }

    private static List<FieldError> Check(Referral referral, bool hold, string? reason)
    {
        if (referral.AnonymisedAt is not null)
        {
            return [new FieldError("", "This case has already been anonymised: there is nothing left to hold")];
        }
        if (hold == (referral.LegalHoldReason is not null))
        {
            return [new FieldError("", hold ? "This case is already under a legal hold" : "This case is not under a legal hold")];
        }
        if (string.IsNullOrEmpty(reason))
        {
            return [new FieldError("Reason", hold ? "Enter why the case is held, like a domestic homicide review" : "Enter why the hold is lifted")];
        }
        if (reason.Length > ReasonLength)
        {
            return [new FieldError("Reason", "The reason must be 200 characters or fewer")];
        }
        return [];
    }
}
