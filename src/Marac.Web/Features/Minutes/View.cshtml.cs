using Marac.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Marac.Web.Infrastructure.Hosting;

namespace Marac.Web.Features.Minutes;

/// <summary>A meeting's minutes as the reader may see them, laid out for printing; the chair approves and the coordinator issues here.</summary>
[Authorize(Policy = Policies.CaseWorker)]
public sealed class ViewModel(PublicLinks links, MinutesReader reader, MinutesService minutes, MinutesReminders reminders) : PageModel
{
    public MinutesView View { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var view = await reader.ReadAsync(Id, User);
        if (view is null)
        {
            return NotFound();
        }
        View = view;
        if (User.IsInRole(MaracRoles.Coordinator))
        {
            await reminders.RemindAsync(await reminders.OutstandingAsync());
        }
        return Page();
    }

    public async Task<IActionResult> OnPostDraftAsync()
    {
        if (!User.IsInRole(MaracRoles.Coordinator))
        {
            return Forbid();
        }
        var draft = await minutes.CreateDraftAsync(Id, User);
        return await DoneAsync(draft is null
            ? MinutesResult.Refused("Draft minutes can be produced only once the meeting has concluded")
            : MinutesResult.Done($"Draft minutes are ready. They are due to be issued by {Meetings.MeetingDisplay.Date(draft.IssueBy)}"));
    }

    public async Task<IActionResult> OnPostApproveAsync() => await DoneAsync(await minutes.ApproveAsync(Id, Version, User));

    public async Task<IActionResult> OnPostIssueAsync() =>
        User.IsInRole(MaracRoles.Coordinator) ? await DoneAsync(await minutes.IssueAsync(Id, Version, User, links.BaseUrl)) : Forbid();

    /// <summary>Back to the minutes: after a change with its message, after a refusal or conflict with the error and the minutes as they are now.</summary>
    private async Task<IActionResult> DoneAsync(MinutesResult result)
    {
        switch (result.Outcome)
        {
            case MinutesOutcome.NotFound:
                return NotFound();
            case MinutesOutcome.Done:
                TempData["Success"] = result.Message;
                return Redirect($"/minutes/{Id}");
            default:
                ModelState.AddModelError("", result.Message ?? MinutesResult.ConflictMessage);
                var view = await reader.ReadAsync(Id, User);
                if (view is null)
                {
                    return NotFound();
                }
                View = view;
                return Page();
        }
    }
}
