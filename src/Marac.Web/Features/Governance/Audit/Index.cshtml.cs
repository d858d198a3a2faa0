using Marac.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marac.Web.Features.Governance.Audit;

/// <summary>The audit trail for administrators: who did what, when, to which record. It holds no case content.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class IndexModel(AuditTrail trail) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public AuditFilter Filter { get; set; } = new();

    public AuditPage Results { get; private set; } = new([], 0, 1, 1);

    public IReadOnlyList<(int Id, string Name)> Staff { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Staff = await trail.StaffAsync(ct);
        AuditFilterState.Check(ModelState, Filter);
        if (ModelState.IsValid)
        {
            Results = await trail.PageAsync(Filter, ct);
        }
    }
}
