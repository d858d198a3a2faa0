using Marac.Data;
using Marac.Data.Entities;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Meetings;

public sealed record MeetingRow(int Id, DateTime StartsAt, MeetingStatus Status, int Listed, int Capacity);

public sealed class IndexModel(MaracDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<MeetingRow> Upcoming { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var today = UkTime.Today(clock).ToDateTime(TimeOnly.MinValue);
        Upcoming = await db.Meetings.AsNoTracking()
            .Where(m => m.StartsAt >= today && m.Status != MeetingStatus.Cancelled)
            .OrderBy(m => m.StartsAt).Take(50)
            .Select(m => new MeetingRow(m.Id, m.StartsAt, m.Status,
                m.AgendaItems.Count(i => i.Status == AgendaItemStatus.Listed && i.Section != AgendaSection.TwelveMonthsSinceLastMarac), m.CaseCapacity))
            .ToListAsync();
    }
}
