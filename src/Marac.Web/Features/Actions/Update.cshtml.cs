using Marac.Data.Configurations;
using Marac.Data.Entities;
using Marac.Web.Infrastructure.Auth;
using Marac.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using System.ComponentModel.DataAnnotations;

namespace Marac.Web.Features.Actions;

/// <summary>A representative reports on one of their agency's open actions.</summary>
[Authorize(Policy = Policies.ActiveUser, Roles = MaracRoles.AgencyRepresentative)]
public sealed class UpdateModel(AgencyActions actions, ActionUpdater updater) : PageModel
{
    public const string ConflictMessage =
        "Someone else in your agency updated this action while you were working on it. Your update has not been saved.";

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public MeetingActionStatus? Status { get; set; }

    [BindProperty]
    [StringLength(FieldLengths.Narrative, ErrorMessage = "What changed must be 4000 characters or fewer")]
    public string? WhatChanged { get; set; }

    [BindProperty]
    [StringLength(FieldLengths.Narrative, ErrorMessage = "Why it was not done must be 4000 characters or fewer")]
    public string? WhyNotDone { get; set; }

    public OwnAction? Action { get; private set; }

    /// <summary>After a conflict: the action as someone else left it.</summary>
    public MeetingAction? Current { get; private set; }

    public static IReadOnlyList<GovUkItem> StatusItems { get; } =
    [
        new(nameof(MeetingActionStatus.Done), "Done"),
        new(nameof(MeetingActionStatus.NotPossible), "Not possible because circumstances changed"),
        new(nameof(MeetingActionStatus.NotDone), "Not done"),
    ];

    public async Task<IActionResult> OnGetAsync()
    {
        Action = (await actions.OpenAsync(User, Id)).FirstOrDefault();
        if (Action is null)
        {
            return NotFound();
        }
        Version = Action.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Validate();
        if (!ModelState.IsValid)
        {
            return await ShowAgainAsync();
        }
        var note = Status == MeetingActionStatus.NotPossible ? WhatChanged : WhyNotDone;
        switch (await updater.UpdateAsync(Id, User, Version, Status!.Value, note))
        {
            case ActionUpdateOutcome.NotFound:
                return NotFound();
            case ActionUpdateOutcome.Conflict:
                ModelState.AddModelError("", ConflictMessage);
                Current = await updater.CurrentAsync(Id, User.AgencyId() ?? -1);
                ModelState.Remove(nameof(Version));
                Version = Current?.Version ?? Guid.Empty;
                return await ShowAgainAsync();
            default:
                TempData["Success"] = "The action is updated";
                return Redirect("/actions");
        }
    }

    private void Validate()
    {
        if (Status is not { } status || !ActionUpdater.Choices.Contains(status))
        {
            ModelState.Remove(nameof(Status));
            ModelState.AddModelError(nameof(Status), "Select what happened to the action");
            return;
        }
        if (status == MeetingActionStatus.NotPossible && string.IsNullOrWhiteSpace(WhatChanged)
            && ModelState.GetFieldValidationState(nameof(WhatChanged)) != ModelValidationState.Invalid)
        {
            ModelState.AddModelError(nameof(WhatChanged), "Enter what changed to make the action not possible");
        }
        if (status == MeetingActionStatus.NotDone && string.IsNullOrWhiteSpace(WhyNotDone)
            && ModelState.GetFieldValidationState(nameof(WhyNotDone)) != ModelValidationState.Invalid)
        {
            ModelState.AddModelError(nameof(WhyNotDone), "Enter why the action was not done");
        }
    }

    private async Task<IActionResult> ShowAgainAsync()
    {
        Action = (await actions.OpenAsync(User, Id)).FirstOrDefault();
        return Action is null && Current is null ? NotFound() : Page();
    }
}
