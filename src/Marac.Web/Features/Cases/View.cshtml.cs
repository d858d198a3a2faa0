using Marac.Sharing.Summaries;
using Marac.Web.Features.Sharing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marac.Web.Features.Cases;

/// <summary>A case as the viewer's grant allows: withheld fields are shown as such, never silently dropped.</summary>
[ShowsCase]
public sealed class ViewModel(CaseSummaryReader reader) : PageModel
{
    public SharedCase Case { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var shared = await reader.ReadAsync(id, User, HttpContext.RequestAborted);
        if (shared is null)
        {
            return NotFound();
        }
        Case = shared;
        return Page();
    }
}
