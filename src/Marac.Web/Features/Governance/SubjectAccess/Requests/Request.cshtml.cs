using Marac.Data;
using Marac.Data.Entities;
using Marac.Web.Features.Administration;
using Marac.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marac.Web.Features.Governance.SubjectAccess.Requests;

/// <summary>One subject access request: extended once with a reason, or marked answered. Both are guarded by its version.</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class RequestModel(SubjectAccessLog log, TimeProvider clock) : PageModel
{
    public const string ConflictMessage = "Someone else changed this request while you were looking at it. Check it as it is now, then try again.";

    [BindProperty]
    public DateOnly? ExtendTo { get; set; }

    [BindProperty]
    public string? ExtensionReason { get; set; }

    [BindProperty]
    public DateOnly? AnsweredOn { get; set; }

    [BindProperty]
    public Guid? Version { get; set; }

    public SubjectAccessRequest Entry { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostExtendAsync(int id, CancellationToken ct) =>
        ModelState.IsValid ? await ShowAsync(id, await log.ExtendAsync(id, ExtendTo, ExtensionReason, Version, ct), "Extension recorded", ct)
            : await RedisplayAsync(id, ct);

    public async Task<IActionResult> OnPostAnswerAsync(int id, CancellationToken ct) =>
        ModelState.IsValid ? await ShowAsync(id, await log.AnswerAsync(id, AnsweredOn, Version, ct), "Request marked as answered", ct)
            : await RedisplayAsync(id, ct);

    private async Task<IActionResult> ShowAsync(int id, AdminSaveResult result, string success, CancellationToken ct)
    {
        if (result.Outcome == AdminSaveOutcome.NotFound)
        {
            return NotFound();
        }
        if (result.Outcome == AdminSaveOutcome.Saved)
        {
            TempData["Success"] = success;
            return Redirect($"/governance/subject-access/requests/{id}");
        }
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.Field, error.Message);
        }
        if (result.Outcome == AdminSaveOutcome.Conflict)
        {
            ModelState.AddModelError(string.Empty, ConflictMessage);
        }
        return await RedisplayAsync(id, ct);
    }

    private async Task<IActionResult> RedisplayAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await log.FindAsync(id, ct) is not { } request)
        {
            return false;
        }
        (Entry, Version, Today) = (request, request.Version, UkTime.Today(clock));
        return true;
    }
}
