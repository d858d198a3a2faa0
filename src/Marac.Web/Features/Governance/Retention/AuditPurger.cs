using Marac.Data;
using Marac.Data.Auditing;
using Marac.Data.Entities;
using Marac.Data.Transactions;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Governance.Retention;

public sealed record AuditPurgeResult(int Deleted, long? LastPurgedSequence);

/// <summary>
/// Deletes the audit events older than the partnership's audit retention period, always a whole prefix of
/// the chain, and records a checkpoint (the last deleted event's sequence and hash, who, when) in the same
/// transaction, so <see cref="Marac.Data.Auditing.AuditChainVerifier"/> verifies what remains from there.
/// On SQL Server the app's own role may not delete audit rows: this runs through the maintenance connection
/// (<see cref="MaintenanceDatabase"/>, sql/README.md).
/// </summary>
public sealed class AuditPurger(MaintenanceDatabase maintenance, TimeProvider clock, IAuditAnchorStore? anchors = null)
{
    public async Task<long> ExpiredCountAsync(MaracDbContext db, CancellationToken ct = default)
    {
        var before = await CutoffAsync(db, ct);
        return await db.AuditEvents.LongCountAsync(e => e.OccurredAt < before, ct);
    }

    public async Task<AuditPurgeResult> PurgeAsync(int purgedByUserId, CancellationToken ct = default)
    {
        await using var lease = maintenance.Open();
        var db = lease.Db;
        var before = await CutoffAsync(db, ct);
        // Sequence order is time order, so the expired events are the chain's head up to the last expired one.
        var last = await db.AuditEvents.AsNoTracking().Where(e => e.OccurredAt < before)
            .OrderByDescending(e => e.Sequence).Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(ct);
        if (last is null)
        {
            return new AuditPurgeResult(0, null);
        }
        var deleted = await db.InTransactionAsync(async transaction =>
        {
            var checkpoint = new AuditCheckpoint
            {
                LastPurgedSequence = last.Sequence,
                LastPurgedHash = last.Hash,
                PurgedByUserId = purgedByUserId,
                PurgedAt = clock.GetUtcNow().UtcDateTime,
                KeyId = db.AuditKeys.CurrentKeyId,
            };
            checkpoint.Signature = db.AuditKeys.Sign(checkpoint.KeyId, AuditHash.CheckpointText(checkpoint));
            db.AuditCheckpoints.Add(checkpoint);
            await db.SaveChangesAsync(ct);
            var count = await db.AuditEvents.Where(e => e.Sequence <= last.Sequence).ExecuteDeleteAsync(ct);
            db.RecordAudit(AuditAction.Delete, nameof(AuditEvent), detail: $"purged {count} events up to sequence {last.Sequence}: retention period ended");
            await db.SaveChangesAsync(ct);
            if (transaction is not null)
            {
                await transaction.CommitAsync(ct);
            }
            return count;
        }, ct);
        if (anchors is not null)
        {
            // Anchored at every checkpoint: the head after the purge is kept outside the database at once.
            await AuditAnchoring.AnchorHeadAsync(db, anchors, clock.GetUtcNow().UtcDateTime, ct);
        }
        return new AuditPurgeResult(deleted, last.Sequence);
    }

    private async Task<DateTime> CutoffAsync(MaracDbContext db, CancellationToken ct)
    {
        var settings = await db.PartnershipSettings.AsNoTracking().FirstOrDefaultAsync(ct);
        return RetentionCutoffs.From(settings, clock).AuditBefore;
    }
}
