using Marac.Data.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marac.Web.Features.Administration.LawfulBases;

/// <summary>What the new and change pages of the lawful-basis register share.</summary>
public abstract class LawfulBasisPageModel(LawfulBasisEditor editor) : PageModel
{
    public const string ConflictMessage =
        "Someone else changed this lawful basis while you were editing it. Your changes have not been saved. " +
        "Check what is saved now, shown below, then select Save again to replace it with what you typed.";

    [BindProperty]
    public LawfulBasisForm Form { get; set; } = new() { IsActive = true };

    public LawfulBasis? SavedNow { get; private set; }

    public abstract bool IsNew { get; }

    protected LawfulBasisEditor Editor => editor;

    protected async Task<IActionResult> SaveAsync(int? id)
    {
        var versionKey = $"{nameof(Form)}.{nameof(LawfulBasisForm.Version)}";
        if (ModelState.TryGetValue(versionKey, out var entry) && entry.Errors.Count > 0)
        {
            ModelState.Remove(versionKey);
            Form.Version = null;
        }
        foreach (var (field, message) in LawfulBasisForm.BindingMessages)
        {
            ModelState.ReplaceErrors($"{nameof(Form)}.{field}", message);
        }
        var result = await editor.SaveAsync(id, Form, bindingFailed: !ModelState.IsValid);
        ModelState.AddErrors(nameof(Form), result.Errors);
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
                Form.Version = SavedNow.Version;
                ModelState.AddModelError(string.Empty, ConflictMessage);
                return Page();
            case AdminSaveOutcome.Invalid:
                return Page();
            default:
                TempData["Success"] = IsNew ? $"Lawful basis added: {Form.Name?.Trim()}" : $"Changes to {Form.Name?.Trim()} saved";
                return RedirectToPage("/Administration/LawfulBases/Index");
        }
    }
}
