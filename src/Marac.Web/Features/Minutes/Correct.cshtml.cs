using Marac.Data.Configurations;
using Marac.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using System.ComponentModel.DataAnnotations;

namespace Marac.Web.Features.Minutes;

/// <summary>The coordinator starts a correction to issued minutes: a new version, with the reason.</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class CorrectModel(MinutesReader reader, MinutesService minutes) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    [StringLength(FieldLengths.Narrative, ErrorMessage = "The reason for the correction must be 4000 characters or fewer")]
    public string? Reason { get; set; }

    public MinutesView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }
        Version = View.Minutes!.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Reason) && ModelState.IsValid)
        {
            ModelState.AddModelError(nameof(Reason), "Enter why the minutes need correcting");
        }
        if (ModelState.IsValid)
        {
            var result = await minutes.CorrectAsync(Id, Version, Reason!, User);
            if (result.Outcome == MinutesOutcome.NotFound)
            {
                return NotFound();
            }
            if (result.Outcome == MinutesOutcome.Done)
            {
                TempData["Success"] = result.Message;
                return Redirect($"/minutes/{Id}");
            }
            ModelState.AddModelError("", result.Message ?? MinutesResult.ConflictMessage);
        }
        return await LoadAsync() ? Page() : NotFound();
    }

    /// <summary>The latest minutes, which must be issued to be corrected.</summary>
    private async Task<bool> LoadAsync()
    {
        var view = await reader.ReadAsync(Id, User);
        if (view?.Minutes is not { Status: Data.Entities.MinutesStatus.Issued })
        {
            return false;
        }
        View = view;
        return true;
    }
}
