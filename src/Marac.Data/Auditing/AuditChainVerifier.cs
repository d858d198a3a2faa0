using Microsoft.EntityFrameworkCore;

namespace Marac.Data.Auditing;

/// <summary>Walks the database's audit trail in order under <see cref="AuditChainWalk"/>'s rules.</summary>
public sealed class AuditChainVerifier(MaracDbContext db, IAuditAnchorStore? anchors = null)
{
    private const int PageSize = 5000;

    public async Task<AuditChainResult> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var walk = new AuditChainWalk(db.AuditKeys);
        IReadOnlyList<AuditAnchor> anchored = anchors is null ? [] : await anchors.ReadAllAsync(cancellationToken);
        if (walk.Start(await db.AuditCheckpoints.AsNoTracking().ToListAsync(cancellationToken), anchored) is { } forged)
        {
            return forged;
        }
        long after = 0;
        var caughtUp = false;
        while (true)
        {
            var page = await db.AuditEvents.AsNoTracking().Where(e => e.Sequence > after).OrderBy(e => e.Sequence).Take(PageSize).ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                // Read after the trail, the head is never behind what was committed; if it is ahead, events may have
                // been committed since the last page was read, so read on once before calling the tail cut.
                var head = await db.AuditChainHeads.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
                if (head is not null && head.Sequence > after && !caughtUp)
                {
                    caughtUp = true;
                    continue;
                }
                return walk.Finish(head);
            }
            caughtUp = false;
            foreach (var e in page)
            {
                if (walk.Step(e) is { } broken)
                {
                    return broken;
                }
            }
            after = page[^1].Sequence;
        }
    }
}
