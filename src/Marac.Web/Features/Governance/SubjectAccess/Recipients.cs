using Marac.Data;
using Marac.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Governance.SubjectAccess;

/// <summary>An agency that received the person's data: when it first and last did, and how many times (UK GDPR Article 15(1)(c)).</summary>
public sealed record Recipient(string Agency, DateTime FirstUtc, DateTime LastUtc, int Disclosures);

/// <summary>Who received the data of the cases found, from the disclosure audit (every view and export of a case).</summary>
public static class Recipients
{
    /// <summary>What the subject access helper records its own reads as: answering the request is no disclosure.</summary>
    public const string SubjectAccessEntity = "SubjectAccess";

    public static async Task<IReadOnlyList<Recipient>> OfAsync(MaracDbContext db, IReadOnlyCollection<int> referralIds, CancellationToken ct)
    {
        var ids = referralIds.ToList();
        var rows = await db.AuditEvents.AsNoTracking()
            .Where(e => (e.Action == AuditAction.View || e.Action == AuditAction.Export) && e.ReferralId != null && ids.Contains(e.ReferralId.Value) && e.UserId != null
                && e.EntityType != SubjectAccessEntity)
            .Join(db.StaffUsers, e => e.UserId, u => u.Id, (e, u) => new { e.OccurredAt, Agency = u.Agency != null ? u.Agency.Name : "No agency" })
            .GroupBy(x => x.Agency)
            .Select(g => new { Agency = g.Key, First = g.Min(x => x.OccurredAt), Last = g.Max(x => x.OccurredAt), Count = g.Count() })
            .ToListAsync(ct);
        return rows.Select(r => new Recipient(r.Agency, r.First, r.Last, r.Count)).OrderBy(r => r.FirstUtc).ToList();
    }
}
