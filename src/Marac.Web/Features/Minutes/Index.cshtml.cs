using Marac.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marac.Web.Features.Minutes;

/// <summary>Minutes the reader may open; for coordinators, the minutes still to issue with their deadlines.</summary>
[Authorize(Policy = Policies.CaseWorker)]
public sealed class IndexModel(MinutesList list, MinutesReminders reminders) : PageModel
{
    public IReadOnlyList<MinutesToIssue> ToIssue { get; private set; } = [];
    public IReadOnlyList<MinutesListEntry> Minutes { get; private set; } = [];

    public async Task OnGetAsync()
    {
        if (User.IsInRole(MaracRoles.Coordinator))
        {
            var outstanding = await reminders.OutstandingAsync();
            await reminders.RemindAsync(outstanding);
            ToIssue = outstanding;
        }
        Minutes = await list.ForAsync(User);
    }
}
