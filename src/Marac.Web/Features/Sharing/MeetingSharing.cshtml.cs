using Marac.Data;
using Marac.Data.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Sharing;

/// <summary>For a coordinator: who may see the cases of a meeting, and what.</summary>
public sealed class MeetingSharingModel(MaracDbContext db, CaseSharingOverview overview, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public Meeting Meeting { get; private set; } = null!;
    public IReadOnlyList<GrantRow> Grants { get; private set; } = [];
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<IActionResult> OnGetAsync()
    {
        var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == Id);
        if (meeting is null)
        {
            return NotFound();
        }
        Meeting = meeting;
        Grants = await overview.GrantsForMeetingAsync(Id);
        return Page();
    }
}
