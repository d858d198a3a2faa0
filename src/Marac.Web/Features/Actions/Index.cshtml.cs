using Marac.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marac.Web.Features.Actions;

/// <summary>The representative's agency's open actions across all meetings.</summary>
[Authorize(Policy = Policies.ActiveUser, Roles = MaracRoles.AgencyRepresentative)]
public sealed class IndexModel(AgencyActions actions, TimeProvider clock) : PageModel
{
    public IReadOnlyList<OwnAction> Actions { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        Today = Data.UkTime.Today(clock);
        Actions = await actions.OpenAsync(User);
    }
}
