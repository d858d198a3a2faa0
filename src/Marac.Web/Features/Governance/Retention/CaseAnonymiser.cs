using Marac.Data;
using Marac.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Governance.Retention;

/// <summary>
/// Anonymises the cases whose retention period has ended: the last meeting that heard or reviewed the case (or, for a
/// case never heard, its referral date) is more than the partnership's case retention period ago. A case
/// under a legal hold is left alone. What the statistics read is kept (docs/decisions/0004); everything that
/// identifies or describes a person is cleared. One audit event per case, naming no values.
/// </summary>
public sealed class CaseAnonymiser(MaracDbContext db, TimeProvider clock)
{
    private const int BatchSize = 50;

    /// <summary>The ids of the cases due now, oldest first.</summary>
    public async Task<List<int>> DueAsync(CancellationToken ct = default)
    {
        var settings = await db.PartnershipSettings.AsNoTracking().FirstOrDefaultAsync(ct);
        var cutoff = RetentionCutoffs.From(settings, clock).CasesBefore;
        var before = cutoff.ToDateTime(TimeOnly.MinValue);
        return await db.Referrals.AsNoTracking()
            .Where(r => r.AnonymisedAt == null && r.LegalHoldReason == null)
            .Where(r => r.AgendaItems.Any(i => i.Status == AgendaItemStatus.Heard || i.Status == AgendaItemStatus.Reviewed)
                ? r.AgendaItems.Where(i => i.Status == AgendaItemStatus.Heard || i.Status == AgendaItemStatus.Reviewed).Max(i => i.Meeting.StartsAt) < before
                : r.ReferralDate < cutoff)
            .OrderBy(r => r.Id)
            .Select(r => r.Id)
            .ToListAsync(ct);
    }

    /// <returns>How many cases were anonymised.</returns>
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var due = await DueAsync(ct);
        foreach (var batch in due.Chunk(BatchSize))
        {
            await AnonymiseAsync(batch, ct);
        }
        return due.Count;
    }

    private async Task AnonymiseAsync(int[] ids, CancellationToken ct)
    {
        var referrals = await db.Referrals.AsSplitQuery()
            .Include(r => r.Victim).ThenInclude(p => p.Aliases)
            .Include(r => r.Perpetrators).ThenInclude(p => p.Person).ThenInclude(p => p.Aliases)
            .Include(r => r.Children).ThenInclude(c => c.Person).ThenInclude(p => p.Aliases)
            .Include(r => r.RiskAssessment).ThenInclude(a => a!.Answers)
            .Include(r => r.AgendaItems)
            .Where(r => ids.Contains(r.Id) && r.AnonymisedAt == null && r.LegalHoldReason == null)
            .ToListAsync(ct);
        var returns = await db.ResearchReturns.Where(r => ids.Contains(r.ReferralId)).ToListAsync(ct);
        var actions = await db.MeetingActions.Where(a => ids.Contains(a.ReferralId)).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var referral in referrals)
        {
            Anonymisation.Clear(referral, db);
            referral.AnonymisedAt = now;
            db.RecordAudit(AuditAction.Change, nameof(Referral), referral.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                referral.Id, detail: "anonymised: retention period ended");
        }
        Anonymisation.Clear(returns.Where(r => referrals.Any(x => x.Id == r.ReferralId)));
        Anonymisation.Clear(actions.Where(a => referrals.Any(x => x.Id == a.ReferralId)));
        // One event per case, not one per field of every record.
        db.SuppressChangeAudit = true;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.SuppressChangeAudit = false;
            db.ChangeTracker.Clear();
        }
    }
}
