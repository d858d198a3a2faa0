using System.ComponentModel.DataAnnotations;
using Marac.Data.Configurations;
using Marac.Data.Entities;
using Marac.Web.Features.Sharing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marac.Web.Features.Agendas;

[ShowsCase("referralId")]
public sealed class ReturnModel(ResearchReturnService returns) : PageModel
{
    public const string ConflictMessage =
        "Someone else in your agency saved this return while you were working on it. Your changes have not been saved. " +
        "Their return is shown below: check it, then save yours again if it is still needed.";

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int ReferralId { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public ResearchAnswer? Answer { get; set; }

    [BindProperty]
    [StringLength(FieldLengths.Narrative, ErrorMessage = "The facts to share must be 4000 characters or fewer")]
    public string? SharedFacts { get; set; }

    [BindProperty]
    [StringLength(FieldLengths.Narrative, ErrorMessage = "Your agency's opinion must be 4000 characters or fewer")]
    public string? SharedOpinion { get; set; }

    [BindProperty]
    [StringLength(FieldLengths.Narrative, ErrorMessage = "What you are not sharing, and why, must be 4000 characters or fewer")]
    public string? NotSharedNote { get; set; }

    public ReturnCase Case { get; private set; } = null!;

    /// <summary>A colleague's return saved while this representative was typing, shown beside the conflict message.</summary>
    public ResearchReturn? Colleagues { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var found = await returns.OpenAsync(Id, ReferralId, User);
        if (found is null)
        {
            return NotFound();
        }
        Case = found;
        if (found.Saved is { } saved)
        {
            (Version, Answer, SharedFacts, SharedOpinion, NotSharedNote) = (saved.Version, saved.Answer, saved.SharedFacts, saved.SharedOpinion, saved.NotSharedNote);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Validate();
        if (!ModelState.IsValid)
        {
            return await ShowAgainAsync();
        }
        var outcome = await returns.SaveAsync(Id, ReferralId, User, Version, new ReturnEntry(Answer!.Value, SharedFacts, SharedOpinion, NotSharedNote));
        switch (outcome)
        {
            case ReturnSaveOutcome.NotFound:
                return NotFound();
            case ReturnSaveOutcome.Conflict:
                ModelState.AddModelError("", ConflictMessage);
                return await ShowAgainAsync(conflict: true);
            default:
                TempData["Success"] = "Your agency's research return is saved";
                return Redirect($"/agendas/{Id}#case-{ReferralId}");
        }
    }

    private void Validate()
    {
        if (Answer is null)
        {
            ModelState.Remove(nameof(Answer));
            ModelState.AddModelError(nameof(Answer), "Select whether your agency holds information on this case");
        }
        var tooLong = ModelState.GetFieldValidationState(nameof(SharedFacts)) == ModelValidationState.Invalid
            || ModelState.GetFieldValidationState(nameof(SharedOpinion)) == ModelValidationState.Invalid;
        if (Answer == ResearchAnswer.HoldsInformation && !tooLong && string.IsNullOrWhiteSpace(SharedFacts) && string.IsNullOrWhiteSpace(SharedOpinion))
        {
            ModelState.AddModelError(nameof(SharedFacts), "Enter the facts your agency will share, or its opinion, or both");
        }
    }

    /// <summary>Shows the form again with what was typed; after a conflict, with the colleague's return and its version.</summary>
    private async Task<IActionResult> ShowAgainAsync(bool conflict = false)
    {
        var found = await returns.OpenAsync(Id, ReferralId, User);
        if (found is null)
        {
            return NotFound();
        }
        Case = found;
        if (conflict)
        {
            Colleagues = found.Saved;
            ModelState.Remove(nameof(Version));
            Version = found.Saved?.Version ?? Guid.Empty;
        }
        return Page();
    }
}
