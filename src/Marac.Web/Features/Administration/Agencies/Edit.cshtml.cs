using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marac.Web.Features.Administration.Agencies;

public sealed class EditModel(AgencyEditor editor, AgencySharing sharing) : AgencyPageModel(editor, sharing)
{
    public override bool IsNew => false;

    public string AgencyName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var agency = await Editor.FindAsync(id);
        if (agency is null)
        {
            return NotFound();
        }
        Form = AgencyForm.From(agency);
        AgencyName = agency.Name;
        await LoadChoicesAsync(agency.LawfulBasisId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var result = await SaveAsync(id);
        if (result is PageResult)
        {
            AgencyName = (SavedNow ?? await Editor.FindAsync(id))?.Name ?? Form.Name ?? "";
        }
        return result;
    }
}
