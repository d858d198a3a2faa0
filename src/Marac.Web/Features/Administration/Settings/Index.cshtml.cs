using Marac.Data.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marac.Web.Features.Administration.Settings;

public sealed class IndexModel(PartnershipSettingsEditor editor) : PageModel
{
    public const string ConflictMessage =
        "Someone else changed the settings while you were editing them. Your changes have not been saved. " +
        "Check what is saved now, shown below, then select Save again to replace it with what you typed.";

    [BindProperty]
    public SettingsForm Form { get; set; } = new();

    /// <summary>The settings as saved now, shown after a conflict.</summary>
    public SettingsForm? SavedNow { get; private set; }

    public async Task OnGetAsync()
    {
        var settings = await editor.FindAsync();
        // Before anyone has saved settings, the form starts from the defaults, with no version to guard.
        Form = settings is null ? SettingsForm.From(new PartnershipSettings { PartnershipName = "" }) : SettingsForm.From(settings);
        if (settings is null)
        {
            Form.Version = null;
            Form.AdultFemalePopulation = null;
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var versionKey = $"{nameof(Form)}.{nameof(SettingsForm.Version)}";
        if (ModelState.TryGetValue(versionKey, out var version) && version.Errors.Count > 0)
        {
            ModelState.Remove(versionKey);
            Form.Version = Guid.Empty;
        }
        var result = await editor.SaveAsync(Form, bindingFailed: !ModelState.IsValid);
        ModelState.AddErrors(nameof(Form), result.Errors);
        switch (result.Outcome)
        {
            case AdminSaveOutcome.Saved:
                TempData["Success"] = "Partnership settings saved";
                return RedirectToPage("/Administration/Settings/Index");
            case AdminSaveOutcome.Conflict:
                var saved = await editor.FindAsync();
                SavedNow = saved is null ? null : SettingsForm.From(saved);
                Form.Version = saved?.Version;
                ModelState.AddModelError(string.Empty, ConflictMessage);
                return Page();
            default:
                return Page();
        }
    }
}
