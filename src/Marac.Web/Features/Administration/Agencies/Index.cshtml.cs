using Marac.Data;
using Marac.Data.Entities;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Administration.Agencies;

public sealed class IndexModel(MaracDbContext db) : PageModel
{
    public IReadOnlyList<Agency> Agencies { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var agencies = await db.Agencies.AsNoTracking().ToListAsync();
        Agencies = agencies
            .OrderByDescending(a => a.IsActive)
            .ThenBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
    }
}
