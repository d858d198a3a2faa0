using Marac.Data.Entities;
using Marac.Web.Features.Administration;
using Marac.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marac.Web.Features.Governance.LegalHold;

[Authorize(Policy = Policies.Coordinator)]
public sealed class IndexModel(LegalHoldEditor editor) : PageModel
{
    public const string ConflictMessage = "Someone else changed this case while you were looking at it. Check the hold as it is now, then try again.";

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public Guid? Version { get; set; }

    public Referral Case { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await editor.FindAsync(id, User.StaffUserId(), User.AgencyId()) is not { } referral)
        {
            return NotFound();
        }
        Case = referral;
        Version = referral.Version;
        return Page();
    }

    public Task<IActionResult> OnPostSetAsync(int id) => SaveAsync(id, hold: true);

    public Task<IActionResult> OnPostLiftAsync(int id) => SaveAsync(id, hold: false);

    private async Task<IActionResult> SaveAsync(int id, bool hold)
    {
        if (await editor.FindAsync(id, User.StaffUserId(), User.AgencyId()) is null)
        {
            return NotFound();
        }
        ModelState.Clear();
        var result = await editor.SaveAsync(id, hold, Reason, Version, User.StaffUserId());
        if (result.Outcome == AdminSaveOutcome.Saved)
        {
            TempData["Success"] = hold ? "Legal hold set: the case will not be anonymised" : "Legal hold lifted";
            return Redirect($"/cases/{id}/legal-hold");
        }
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.Field, error.Message);
        }
        if (result.Outcome == AdminSaveOutcome.Conflict)
        {
            ModelState.AddModelError(string.Empty, ConflictMessage);
        }
        Case = (await editor.FindAsync(id, User.StaffUserId(), User.AgencyId()))!;
        Version = Case.Version;
        return Page();
    }
}
