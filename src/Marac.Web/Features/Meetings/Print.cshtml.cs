using System.Globalization;
using Marac.Data;
using Marac.Data.Entities;
using Marac.Data.Meetings;
using Marac.Web.Features.Sharing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marac.Web.Features.Meetings;

/// <summary>The coordinator's agenda laid out for printing or saving as PDF. Audited as a view of the agenda.</summary>
public sealed class PrintModel(AgendaService agendas, MaracDbContext db) : PageModel
{
    public Meeting Meeting { get; private set; } = null!;
    public IReadOnlyDictionary<AgendaItem, TimeOnly> Slots { get; private set; } = new Dictionary<AgendaItem, TimeOnly>();

    /// <summary>Cases this coordinator must not receive: their slot prints, nothing else of them.</summary>
    public IReadOnlySet<int> Hidden { get; private set; } = new HashSet<int>();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var meeting = await agendas.LoadAsync(id);
        if (meeting is null)
        {
            return NotFound();
        }
        Meeting = meeting;
        Slots = TimeSlots.For(meeting);
        Hidden = await db.ExcludedReferralIdsAsync(User);
        db.RecordAudit(AuditAction.View, nameof(Meeting), id.ToString(CultureInfo.InvariantCulture), detail: "printable agenda");
        await db.SaveChangesAsync();
        return Page();
    }
}
