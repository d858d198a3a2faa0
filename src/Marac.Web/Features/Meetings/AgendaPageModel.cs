using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marac.Web.Features.Meetings;

/// <summary>What the agenda pages share: the meeting's version from the form, and showing an edit's outcome.</summary>
public abstract class AgendaPageModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    /// <summary>The meeting version the coordinator's page was made from; an unreadable one counts as out of date.</summary>
    [BindProperty]
    public Guid Version { get; set; }

    protected async Task<IActionResult> OutcomeAsync(AgendaResult result, Func<Task<IActionResult>> showAgain, string? errorField = null)
    {
        switch (result.Outcome)
        {
            case AgendaOutcome.NotFound:
                return NotFound();
            case AgendaOutcome.Done:
                TempData["Success"] = result.Message;
                return Redirect($"/meetings/{Id}");
            default:
                ModelState.Remove(nameof(Version));
                ModelState.AddModelError(result.Outcome == AgendaOutcome.Conflict ? "" : errorField ?? "", result.Message!);
                return await showAgain();
        }
    }
}
