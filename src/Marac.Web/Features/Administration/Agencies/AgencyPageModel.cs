using Marac.Data.Entities;
using SharingProfileRulesText = Marac.Sharing.Registers.SharingProfileRules;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marac.Web.Features.Administration.Agencies;

/// <summary>What the new-agency and edit-agency pages share: the form, its checks and what happens after a save.</summary>
public abstract class AgencyPageModel(AgencyEditor editor, AgencySharing sharing) : PageModel
{
    public const string ConflictMessage =
        "Someone else changed this agency while you were editing it. Your changes have not been saved. " +
        "Check what is saved now, shown below, then select Save again to replace it with what you typed.";

    [BindProperty]
    public AgencyForm Form { get; set; } = AgencyForm.ForNewAgency();

    /// <summary>The agency as saved now, shown after a conflict so the administrator can compare.</summary>
    public Agency? SavedNow { get; private set; }

    public abstract bool IsNew { get; }

    /// <summary>The lawful bases the administrator may choose from.</summary>
    public IReadOnlyList<LawfulBasis> LawfulBases { get; private set; } = [];

    /// <summary>Loads what the form's choices need; call before showing the page.</summary>
    protected async Task LoadChoicesAsync(int? currentBasisId) => LawfulBases = await sharing.ChoicesAsync(currentBasisId);

    protected AgencyEditor Editor => editor;

    protected async Task<IActionResult> SaveAsync(int? id)
    {
        TreatUnreadableVersionAsStale();
        foreach (var (field, message) in AgencyForm.BindingMessages)
        {
            ModelState.ReplaceErrors($"{nameof(Form)}.{field}", message);
        }
        ModelState.ReplaceCollectionErrors($"{nameof(Form)}.{nameof(AgencyForm.SharingProfile)}", SharingProfileRulesText.NotGrantable);

        var result = await editor.SaveAsync(id, Form, bindingFailed: !ModelState.IsValid);
        ModelState.AddErrors(nameof(Form), result.Errors);
        var current = id is null ? null : (await editor.FindAsync(id.Value))?.LawfulBasisId;
        await LoadChoicesAsync(current);
        switch (result.Outcome)
        {
            case AdminSaveOutcome.NotFound:
                return NotFound();
            case AdminSaveOutcome.Conflict:
                SavedNow = await editor.FindAsync(id!.Value);
                if (SavedNow is null)
                {
                    return NotFound();
                }
                // The next Save is a deliberate overwrite of what is shown now.
                Form.Version = SavedNow.Version;
                ModelState.AddModelError(string.Empty, ConflictMessage);
                return Page();
            case AdminSaveOutcome.Invalid:
                return Page();
            default:
                TempData["Success"] = IsNew ? $"Agency added: {Form.Name}" : $"Changes to {Form.Name} saved";
                return RedirectToPage("/Administration/Agencies/Index");
        }
    }

    // A version that cannot be read (a tampered hidden field) is handled like one that is out of date.
    private void TreatUnreadableVersionAsStale()
    {
        var key = $"{nameof(Form)}.{nameof(AgencyForm.Version)}";
        if (ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
        {
            ModelState.Remove(key);
            Form.Version = null;
        }
    }
}
