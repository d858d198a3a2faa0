using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marac.Web.Features.Agendas;

/// <summary>The agenda laid out for printing or saving as PDF: the same cases and identifiers as the agenda page.</summary>
public sealed class PrintModel(AgencyAgendaReader reader) : PageModel
{
    public AgencyAgendaView Agenda { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var agenda = await reader.ReadAsync(id, User, "printable agenda");
        if (agenda is null)
        {
            return NotFound();
        }
        Agenda = agenda;
        return Page();
    }
}
