using Marac.Data;
using Marac.Data.Entities;
using Marac.Data.Referrals;
using Marac.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Referrals;

public sealed class IndexModel(MaracDbContext db) : PageModel
{
    [BindProperty]
    public ReferralSearch Search { get; set; } = new();

    public IReadOnlyList<ReferralRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int TotalPages => Math.Max(1, (Total + ReferralSearch.PageSize - 1) / ReferralSearch.PageSize);
    public IReadOnlyList<Agency> Agencies { get; private set; } = [];
    public bool IsCoordinator => User.IsInRole(MaracRoles.Coordinator);

    public sealed record ReferralRow(int Id, string Reference, string VictimName, DateOnly ReferralDate, ReferralStatus Status, RiskBand? Band, int? Score, bool IsRepeat);

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            db.RecordAudit(AuditAction.Search, nameof(Referral), detail: Search.CriteriaUsed());
        }
        else
        {
            Search.Page = 1;
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Name).ToListAsync();
        var query = db.Referrals.AsNoTracking().VisibleTo(User);
        if (ModelState.IsValid)
        {
            query = Search.Apply(query);
        }
        Total = await query.CountAsync();
        Search.Page = Math.Clamp(Search.Page, 1, TotalPages);
        var page = await query
            .OrderByDescending(r => r.ReferralDate).ThenByDescending(r => r.Id)
            .Skip((Search.Page - 1) * ReferralSearch.PageSize).Take(ReferralSearch.PageSize)
            .Select(r => new
            {
                r.Id, r.Reference, r.Victim.GivenName, r.Victim.FamilyName, r.ReferralDate, r.Status,
                Band = r.RiskAssessment == null ? (RiskBand?)null : r.RiskAssessment.Band,
                Score = r.RiskAssessment == null ? (int?)null : r.RiskAssessment.Score,
            })
            .ToListAsync();
        var ids = page.Select(r => r.Id).ToList();
        var repeats = await db.Referrals.Where(r => ids.Contains(r.Id)).WhereRepeat(db.Referrals).Select(r => r.Id).ToListAsync();
        Rows = page.Select(r => new ReferralRow(r.Id, r.Reference, $"{r.GivenName} {r.FamilyName}".Trim(), r.ReferralDate, r.Status, r.Band, r.Score, repeats.Contains(r.Id))).ToList();
        await db.SaveChangesAsync();
    }
}
