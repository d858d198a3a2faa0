using Marac.Data;
using Marac.Data.Entities;
using Marac.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Home;

public sealed class IndexModel(MaracDbContext db) : PageModel
{
    public int AwaitingDecision { get; private set; }
    public int Drafts { get; private set; }

    public async Task OnGetAsync()
    {
        if (User.IsInRole(MaracRoles.Coordinator))
        {
            AwaitingDecision = await db.Referrals.CountAsync(r => r.Status == ReferralStatus.Submitted);
        }
        var userId = User.StaffUserId();
        Drafts = await db.Referrals.CountAsync(r => r.Status == ReferralStatus.Draft && r.CreatedByUserId == userId);
    }
}
