using Marac.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marac.Web.Features.Actions;

/// <summary>Overdue actions and persistent non-completion by agency, for the coordinator and the steering group.</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class OverviewModel(ActionOverview overview) : PageModel
{
    public IReadOnlyList<OverdueAction> Overdue { get; private set; } = [];
    public IReadOnlyList<AgencyCompletion> ByAgency { get; private set; } = [];

    public async Task OnGetAsync() => (Overdue, ByAgency) = await overview.ReadAsync();
}
