using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marac.Web.Features.Agendas;

public sealed class ViewModel(AgencyAgendaReader reader) : PageModel
{
    public AgencyAgendaView Agenda { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var agenda = await reader.ReadAsync(id, User);
        if (agenda is null)
        {
            return NotFound();
        }
        Agenda = agenda;
        return Page();
    }
}
