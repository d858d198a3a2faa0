using Marac.Data;
using Marac.Data.Entities;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Administration;

public sealed class IndexModel(MaracDbContext db) : PageModel
{
    public int Waiting { get; private set; }

    public int ActiveAgencies { get; private set; }

    public int ActiveStaff { get; private set; }

    public bool HasSettings { get; private set; }

    public async Task OnGetAsync()
    {
        Waiting = await db.StaffUsers.CountAsync(u => u.Status == StaffUserStatus.WaitingForAccess);
        ActiveStaff = await db.StaffUsers.CountAsync(u => u.Status == StaffUserStatus.Active);
        ActiveAgencies = await db.Agencies.CountAsync(a => a.IsActive);
        HasSettings = await db.PartnershipSettings.AnyAsync();
    }
}
