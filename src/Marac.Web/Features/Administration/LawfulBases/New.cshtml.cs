using Microsoft.AspNetCore.Mvc;

namespace Marac.Web.Features.Administration.LawfulBases;

public sealed class NewModel(LawfulBasisEditor editor) : LawfulBasisPageModel(editor)
{
    public override bool IsNew => true;

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync() => SaveAsync(id: null);
}
