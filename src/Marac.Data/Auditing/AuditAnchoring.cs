using Marac.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Marac.Data.Auditing;

/// <summary>Signs the chain head as it stands and writes it to the anchor store, unless it is anchored already.</summary>
public static class AuditAnchoring
{
    public static async Task<AuditAnchor?> AnchorHeadAsync(MaracDbContext db, IAuditAnchorStore store, DateTime utcNow, CancellationToken ct = default)
    {
        var head = await db.AuditChainHeads.AsNoTracking().SingleOrDefaultAsync(h => h.Id == AuditChainHead.SingleRowId, ct);
        if (head is null || head.Sequence == 0)
        {
            return null;
        }
        var existing = await store.ReadAllAsync(ct);
        if (existing.Count > 0 && existing[^1].Sequence >= head.Sequence)
        {
            return existing[^1];
        }
        var anchor = AuditAnchor.Sign(head.Sequence, head.Hash, utcNow, db.AuditKeys);
        await store.WriteAsync(anchor, ct);
        return anchor;
    }
}
