using Microsoft.AspNetCore.Mvc;

namespace Marac.Web.Features.Administration.Agencies;

public sealed class NewModel(AgencyEditor editor, AgencySharing sharing) : AgencyPageModel(editor, sharing)
{
    public override bool IsNew => true;

    public Task OnGetAsync() => LoadChoicesAsync(currentBasisId: null);

    public Task<IActionResult> OnPostAsync() => SaveAsync(id: null);
}
