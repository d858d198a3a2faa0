using Marac.Data.Entities;
using Marac.Data.Transactions;
using Microsoft.EntityFrameworkCore;

namespace Marac.Data.Auditing;

/// <summary>
/// Brings a trail written before the chain was keyed under the current key, once, at startup: the unkeyed
/// events are checked link by link against their SHA-256 first, and only an intact trail is signed (a broken one
/// is left as it is, for the verifier to report). Unsigned checkpoints of that trail are signed with it.
/// </summary>
public static class AuditChainUpgrade
{
    public static async Task<int> SignUnkeyedAsync(MaracDbContext db, CancellationToken ct = default)
    {
        if (!await db.AuditEvents.AnyAsync(e => e.KeyId == null, ct) && !await db.AuditCheckpoints.AnyAsync(c => c.Signature == null, ct))
        {
            return 0;
        }
        return await db.InTransactionAsync(async transaction =>
        {
            var keys = db.AuditKeys;
            var checkpoints = await db.AuditCheckpoints.OrderBy(c => c.LastPurgedSequence).ToListAsync(ct);
            var latest = checkpoints.LastOrDefault();
            var events = await db.AuditEvents.OrderBy(e => e.Sequence).ToListAsync(ct);
            if (!TrailIsIntact(events, latest, keys))
            {
                return 0;
            }
            foreach (var checkpoint in checkpoints.Where(c => c.Signature is null))
            {
                checkpoint.KeyId = keys.CurrentKeyId;
                checkpoint.Signature = keys.Sign(checkpoint.KeyId, AuditHash.CheckpointText(checkpoint));
            }
            var previous = latest?.LastPurgedHash ?? AuditHash.Genesis;
            foreach (var e in events)
            {
                (e.PreviousHash, e.KeyId) = (previous, keys.CurrentKeyId);
                e.Hash = AuditHash.Compute(e, keys);
                previous = e.Hash;
            }
            var head = await db.AuditChainHeads.SingleAsync(h => h.Id == AuditChainHead.SingleRowId, ct);
            (head.Sequence, head.Hash) = (events.LastOrDefault()?.Sequence ?? latest?.LastPurgedSequence ?? 0, previous);
            db.SuppressChangeAudit = true;
            db.RecordAudit(AuditAction.Change, nameof(AuditEvent), detail: $"{events.Count} events signed with audit key {keys.CurrentKeyId}");
            await db.SaveChangesAsync(ct);
            db.SuppressChangeAudit = false;
            if (transaction is not null)
            {
                await transaction.CommitAsync(ct);
            }
            return events.Count;
        }, ct);
    }

    /// <summary>Whether every event links to the one before and matches its SHA-256 (keyed ones, their HMAC).</summary>
    private static bool TrailIsIntact(List<AuditEvent> events, AuditCheckpoint? latest, AuditKeys keys)
    {
        var (sequence, previous) = (latest?.LastPurgedSequence ?? 0, latest?.LastPurgedHash ?? AuditHash.Genesis);
        foreach (var e in events)
        {
            if (e.Sequence != sequence + 1 || e.PreviousHash != previous || (e.KeyId is null ? AuditHash.Legacy(e) != e.Hash : !AuditHash.IsValid(e, keys)))
            {
                return false;
            }
            (sequence, previous) = (e.Sequence, e.Hash);
        }
        return true;
    }
}
