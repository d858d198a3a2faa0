using Microsoft.AspNetCore.Mvc;

namespace Marac.Web.Features.Administration.Agencies;

public sealed class NewModel(AgencyEditor editor) : AgencyPageModel(editor)
{
    public override bool IsNew => true;

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync() => SaveAsync(id: null);
}
