using Marac.Data;
using Marac.Data.Entities;
using Marac.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Administration.Staff;

public sealed class IndexModel(MaracDbContext db) : PageModel
{
    /// <summary>Show only staff of this agency (the filter); null for everyone.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Agency { get; set; }

    public IReadOnlyList<StaffRow> Waiting { get; private set; } = [];

    public IReadOnlyList<StaffRow> People { get; private set; } = [];

    public IReadOnlyList<GovUkItem> AgencyItems { get; private set; } = [];

    public sealed record StaffRow(int Id, string Name, string Email, string? AgencyName, AppRoles Roles, StaffUserStatus Status, DateTime FirstSeenAt, DateTime? LeftAt);

    public async Task OnGetAsync()
    {
        if (!ModelState.IsValid)
        {
            ModelState.ReplaceErrors(nameof(Agency), "Select an agency from the list");
            Agency = null;
        }
        var agencies = await db.Agencies.AsNoTracking().Select(a => new { a.Id, a.Name, a.IsActive }).ToListAsync();
        AgencyItems = agencies
            .OrderBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(a => new GovUkItem(a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), a.IsActive ? a.Name : $"{a.Name} (inactive)"))
            .ToList();

        Waiting = await db.StaffUsers.AsNoTracking()
            .Where(u => u.Status == StaffUserStatus.WaitingForAccess)
            .OrderBy(u => u.FirstSeenAt).ThenBy(u => u.Id)
            .Select(u => new StaffRow(u.Id, u.DisplayName, u.Email, u.Agency == null ? null : u.Agency.Name, u.Roles, u.Status, u.FirstSeenAt, u.LeftAt))
            .ToListAsync();

        var people = db.StaffUsers.AsNoTracking().Where(u => u.Status != StaffUserStatus.WaitingForAccess);
        if (Agency is { } agencyId)
        {
            people = people.Where(u => u.AgencyId == agencyId);
        }
        var list = await people.Select(u => new StaffRow(
                u.Id, u.DisplayName, u.Email, u.Agency == null ? null : u.Agency.Name, u.Roles, u.Status, u.FirstSeenAt, u.LeftAt))
            .ToListAsync();
        People = list
            .OrderBy(u => u.Status == StaffUserStatus.Left)
            .ThenBy(u => u.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
    }
}
