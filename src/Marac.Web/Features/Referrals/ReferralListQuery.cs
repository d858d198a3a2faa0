using Marac.Data;
using Marac.Data.Entities;
using Marac.Data.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Referrals;

public sealed record ReferralRow(int Id, string Reference, string VictimName, DateOnly ReferralDate, ReferralStatus Status, RiskBand? Band, int? Score, bool IsRepeat);

public sealed record ReferralPage(IReadOnlyList<ReferralRow> Rows, int Total, int PageNumber);

/// <summary>
/// One page of the referral list, newest first, with each row's repeat status: three queries, whatever the page size.
/// Anyone but a coordinator sees their referrals as they submitted them (the sharing policy's snapshot), never
/// the coordinator's later corrections: a fourth query reads the page's snapshots.
/// </summary>
public static class ReferralListQuery
{
    public static async Task<ReferralPage> RunAsync(MaracDbContext db, IQueryable<Referral> visible, ReferralSearch? search, bool asSubmitted,
        CancellationToken ct = default)
    {
        var query = search is null ? visible : search.Apply(visible);
        var total = await query.CountAsync(ct);
        var pages = Math.Max(1, (total + ReferralSearch.PageSize - 1) / ReferralSearch.PageSize);
        var pageNumber = Math.Clamp(search?.Page ?? 1, 1, pages);
        var page = await query
            .OrderByDescending(r => r.ReferralDate).ThenByDescending(r => r.Id)
            .Skip((pageNumber - 1) * ReferralSearch.PageSize).Take(ReferralSearch.PageSize)
            .Select(r => new
            {
                r.Id, r.Reference, r.Victim.GivenName, r.Victim.FamilyName, r.ReferralDate, r.Status,
                Band = r.RiskAssessment == null ? (RiskBand?)null : r.RiskAssessment.Band,
                Score = r.RiskAssessment == null ? (int?)null : r.RiskAssessment.Score,
            })
            .ToListAsync(ct);
        var ids = page.Select(r => r.Id).ToList();
        var repeats = await db.Referrals.Where(r => ids.Contains(r.Id)).WhereRepeat(db.Referrals).Select(r => r.Id).ToListAsync(ct);
        var rows = page.Select(r => new ReferralRow(r.Id, r.Reference, $"{r.GivenName} {r.FamilyName}".Trim(), r.ReferralDate, r.Status, r.Band, r.Score, repeats.Contains(r.Id))).ToList();
        return new ReferralPage(asSubmitted ? await AsSubmittedAsync(db, rows, ct) : rows, total, pageNumber);
    }

    private static async Task<List<ReferralRow>> AsSubmittedAsync(MaracDbContext db, List<ReferralRow> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var snapshots = await db.Referrals.AsNoTracking().Where(r => ids.Contains(r.Id) && r.SubmittedSnapshot != null)
            .Select(r => new { r.Id, r.SubmittedSnapshot }).ToDictionaryAsync(r => r.Id, r => r.SubmittedSnapshot, ct);
        return rows.Select(row => SubmittedSnapshot.Parse(snapshots.GetValueOrDefault(row.Id)) is { } submitted
            ? row with
            {
                VictimName = $"{submitted.Victim?.GivenName} {submitted.Victim?.FamilyName}".Trim(),
                Band = submitted.RiskAssessment?.Band, Score = submitted.RiskAssessment?.Score,
            }
            : row).ToList();
    }
}
