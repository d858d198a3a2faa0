using Marac.Data;
using Marac.Data.Entities;
using Marac.Web.Features.Administration;
using Marac.Web.Infrastructure.Auth;
using Marac.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marac.Web.Features.Governance.SubjectAccess.Requests;

/// <summary>The log of subject access requests: open ones first, by the date their answer is due; a new one recorded here.</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class IndexModel(SubjectAccessLog log, TimeProvider clock) : PageModel
{
    [BindProperty]
    [SingleLine]
    public string? Reference { get; set; }

    [BindProperty]
    public DateOnly? ReceivedOn { get; set; }

    public IReadOnlyList<SubjectAccessRequest> Requests { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await log.RecordAsync(Reference, ReceivedOn, User.StaffUserId(), ct);
            if (result.Outcome == AdminSaveOutcome.Saved)
            {
                TempData["Success"] = $"Request {Reference!.Trim()} recorded";
                return Redirect($"/governance/subject-access/requests/{result.Id}");
            }
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Field, error.Message);
            }
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Today = UkTime.Today(clock);
        Requests = await log.ListAsync(ct);
    }
}
