using Marac.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Marac.Data.Auditing;

public sealed record AuditChainResult(bool IsIntact, long EventsChecked, long? FirstBrokenSequence);

/// <summary>Walks the audit trail in order and checks every link and every hash.</summary>
public sealed class AuditChainVerifier(MaracDbContext db)
{
    private const int PageSize = 5000;

    public async Task<AuditChainResult> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var checkpoint = await db.AuditCheckpoints.AsNoTracking()
            .OrderByDescending(c => c.LastPurgedSequence)
            .FirstOrDefaultAsync(cancellationToken);
        var expectedPrevious = checkpoint?.LastPurgedHash ?? AuditHash.Genesis;
        var expectedSequence = (checkpoint?.LastPurgedSequence ?? 0) + 1;
        long checkedCount = 0;

        while (true)
        {
            var page = await db.AuditEvents.AsNoTracking()
                .Where(e => e.Sequence >= expectedSequence)
                .OrderBy(e => e.Sequence)
                .Take(PageSize)
                .ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                return new AuditChainResult(true, checkedCount, null);
            }
            foreach (var e in page)
            {
                if (e.Sequence != expectedSequence || e.PreviousHash != expectedPrevious || AuditHash.Compute(e) != e.Hash)
                {
                    return new AuditChainResult(false, checkedCount, e.Sequence);
                }
                expectedPrevious = e.Hash;
                expectedSequence++;
                checkedCount++;
            }
        }
    }
}
