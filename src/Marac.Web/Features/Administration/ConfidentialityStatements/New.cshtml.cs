using Marac.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marac.Web.Features.Administration.ConfidentialityStatements;

/// <summary>Adds a new version, starting from the current text.</summary>
public sealed class NewModel(StatementEditor editor) : PageModel
{
    public const string ConflictMessage =
        "Someone else added a new version while you were editing. Your version has not been saved. " +
        "The current version is shown below: change your text if needed, then select Save again.";

    [BindProperty]
    public string? Text { get; set; }

    /// <summary>The number of the version current when the page was opened.</summary>
    [BindProperty]
    public int BasedOn { get; set; }

    public string? CurrentText { get; private set; }

    public async Task OnGetAsync()
    {
        var current = await editor.CurrentAsync();
        BasedOn = current?.Number ?? 0;
        Text = current?.Text;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        var result = await editor.AddAsync(Text, BasedOn, User.StaffUserId());
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.Field, error.Message);
        }
        if (result.Outcome == AdminSaveOutcome.Saved)
        {
            TempData["Success"] = $"Version {result.Id} of the confidentiality statement added. It is now the current version";
            return RedirectToPage("/Administration/ConfidentialityStatements/Index");
        }
        if (result.Outcome == AdminSaveOutcome.Conflict)
        {
            var current = await editor.CurrentAsync();
            BasedOn = current?.Number ?? 0;
            CurrentText = current?.Text;
            ModelState.AddModelError(string.Empty, ConflictMessage);
        }
        return Page();
    }
}
