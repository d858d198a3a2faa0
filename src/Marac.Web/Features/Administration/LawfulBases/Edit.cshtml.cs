using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marac.Web.Features.Administration.LawfulBases;

public sealed class EditModel(LawfulBasisEditor editor) : LawfulBasisPageModel(editor)
{
    public override bool IsNew => false;

    public string BasisName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var basis = await Editor.FindAsync(id);
        if (basis is null)
        {
            return NotFound();
        }
        Form = LawfulBasisForm.From(basis);
        BasisName = basis.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var result = await SaveAsync(id);
        if (result is PageResult)
        {
            BasisName = (SavedNow ?? await Editor.FindAsync(id))?.Name ?? Form.Name ?? "";
        }
        return result;
    }
}
