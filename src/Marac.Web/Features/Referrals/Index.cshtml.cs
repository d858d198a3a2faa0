using Marac.Data;
using Marac.Data.Entities;
using Marac.Web.Features.Sharing;
using Marac.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Referrals;

public sealed class IndexModel(MaracDbContext db, CaseAccessService access, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ReferralSearch Search { get; set; } = new();

    public ReferralPage Results { get; private set; } = new([], 0, 1);
    public int TotalPages => Math.Max(1, (Results.Total + ReferralSearch.PageSize - 1) / ReferralSearch.PageSize);
    public IReadOnlyList<Agency> Agencies { get; private set; } = [];
    public bool IsCoordinator => User.IsInRole(MaracRoles.Coordinator);

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            db.RecordAudit(AuditAction.Search, nameof(Referral), detail: Search.CriteriaUsed());
            await db.SaveChangesAsync();
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Name).ToListAsync();
        Results = await ReferralListQuery.RunAsync(db, ReferralVisibility.ListedFor(db, await access.ViewerAsync(User), clock.GetUtcNow().UtcDateTime).AsNoTracking(), ModelState.IsValid ? Search : null, asSubmitted: !IsCoordinator);
        Search.Page = Results.PageNumber;
    }
}
