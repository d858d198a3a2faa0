using System.ComponentModel.DataAnnotations;
using Marac.Data;
using Marac.Data.Entities;
using Marac.Web.Features.Referrals.Repeats;
using Marac.Web.Infrastructure.Auth;
using Marac.Web.Features.Sharing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Referrals;

[ShowsCase]
public sealed class DetailsModel(
    MaracDbContext db, ReferralReader reader, LikelyMatchFinder matchFinder, MatchDecisions decisions,
    ReferralMerger merger, JointReferrerInvitations invitations, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    [StringLength(4000, ErrorMessage = "The reason must be 4000 characters or fewer")]
    public string? Reason { get; set; }

    [BindProperty]
    public int? MatchedReferralId { get; set; }

    [BindProperty]
    public int? DecisionId { get; set; }

    [BindProperty]
    public bool? RepeatOverride { get; set; }

    [BindProperty]
    public int? AgencyId { get; set; }

    public ReferralView View { get; private set; } = null!;
    public IReadOnlyList<LikelyMatch> Matches { get; private set; } = [];
    public IReadOnlyList<MatchDecision> Decisions { get; private set; } = [];
    public bool IsCoordinator => User.IsInRole(MaracRoles.Coordinator);

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public Task<IActionResult> OnPostAcceptAsync() => CoordinatorActionAsync(referral =>
    {
        if (referral.Status != ReferralStatus.Submitted)
        {
            return Problem("Only a submitted referral can be accepted");
        }
        referral.Status = ReferralStatus.Accepted;
        Decided(referral);
        return Success("Referral accepted. It can now be listed at a meeting.");
    });

    public Task<IActionResult> OnPostReturnAsync() => CoordinatorActionAsync(referral =>
    {
        if (referral.Status is not (ReferralStatus.Submitted or ReferralStatus.Accepted))
        {
            return Problem("Only a submitted or accepted referral can be returned");
        }
        if (string.IsNullOrWhiteSpace(Reason))
        {
            return Problem("Enter why you are returning the referral", nameof(Reason));
        }
        referral.Status = ReferralStatus.Returned;
        referral.ReturnReason = Reason.Trim();
        Decided(referral);
        return Success("Referral returned to the referrer with your reason.");
    });

    public Task<IActionResult> OnPostOverrideRepeatAsync() => CoordinatorActionAsync(referral =>
    {
        if (RepeatOverride is not null && string.IsNullOrWhiteSpace(Reason))
        {
            return Problem("Enter why you are overriding the repeat status", nameof(Reason));
        }
        referral.RepeatOverride = RepeatOverride;
        referral.RepeatOverrideReason = RepeatOverride is null ? null : Reason!.Trim();
        return Success(RepeatOverride is null ? "Repeat status is worked out from the referrals again." : "Repeat status overridden.");
    });

    /// <summary>Confirms an agency the referrer proposed as a joint referrer: it is invited like a referring agency from now on.</summary>
    public async Task<IActionResult> OnPostConfirmAgencyAsync()
    {
        var referral = IsCoordinator ? await db.Referrals.Include(r => r.ReferringAgencies).ThenInclude(a => a.Agency).FirstOrDefaultAsync(r => r.Id == Id) : null;
        var proposed = referral?.ReferringAgencies.FirstOrDefault(a => a.AgencyId == AgencyId && a.IsProposed);
        if (proposed is null)
        {
            return await RefuseAsync();
        }
        proposed.Confirm();
        await invitations.InviteToListedMeetingsAsync(Id, proposed.AgencyId);
        await db.SaveChangesAsync();
        TempData["Success"] = $"{proposed.Agency.Name} confirmed as a joint referring agency.";
        return RedirectToPage(new { Id });
    }

    public Task<IActionResult> OnPostConfirmMatchAsync() => MatchActionAsync(async (matchedId, userId) =>
    {
        await decisions.ConfirmAsync(Id, matchedId, Reason!.Trim(), userId);
        return "Match confirmed: the victim is recorded as the same person.";
    });

    public Task<IActionResult> OnPostRejectMatchAsync() => MatchActionAsync(async (matchedId, userId) =>
    {
        await decisions.RejectAsync(Id, matchedId, Reason!.Trim(), userId);
        return "Match rejected. It will not be offered again.";
    });

    public async Task<IActionResult> OnPostUndoMatchAsync()
    {
        if (!IsCoordinator)
        {
            return await RefuseAsync();
        }
        var undone = DecisionId is { } decisionId && await decisions.UndoAsync(decisionId, Id);
        TempData["Success"] = undone ? "The link between the two referrals has been undone." : null;
        return undone ? RedirectToPage(new { Id }) : await RefuseAsync();
    }

    public async Task<IActionResult> OnPostMergeAsync()
    {
        if (!IsCoordinator || MatchedReferralId is not { } intoId || !await IsLinkedAsync(intoId) || !await merger.MergeAsync(Id, intoId))
        {
            return await RefuseAsync();
        }
        TempData["Success"] = "Merged into one joint referral.";
        return RedirectToPage(new { Id = intoId });
    }

    public async Task<IActionResult> OnPostUndoMergeAsync()
    {
        if (!IsCoordinator || !await merger.UndoAsync(Id))
        {
            return await RefuseAsync();
        }
        TempData["Success"] = "The merge has been undone: the referrals are separate again.";
        return RedirectToPage(new { Id });
    }

    private async Task<IActionResult> ShowAsync()
    {
        var view = await reader.ReadAsync(Id, User);
        if (view is null)
        {
            return NotFound();
        }
        View = view;
        if (IsCoordinator)
        {
            Matches = await matchFinder.FindAsync(Id);
            Decisions = await decisions.ForReferralAsync(Id);
        }
        return Page();
    }

    private async Task<IActionResult> CoordinatorActionAsync(Func<Referral, Task<IActionResult>> action)
    {
        var referral = IsCoordinator ? await db.Referrals.FirstOrDefaultAsync(r => r.Id == Id) : null;
        if (referral is null || !ModelState.IsValid)
        {
            return referral is null ? await RefuseAsync() : await ShowAsync();
        }
        var result = await action(referral);
        if (result is RedirectToPageResult)
        {
            await db.SaveChangesAsync();
        }
        return result;
    }

    private async Task<IActionResult> MatchActionAsync(Func<int, int, Task<string>> action)
    {
        if (!IsCoordinator || MatchedReferralId is not { } matchedId || User.StaffUserId() is not { } userId
            || !await db.Referrals.AnyAsync(r => r.Id == matchedId) || !await db.Referrals.AnyAsync(r => r.Id == Id))
        {
            return await RefuseAsync();
        }
        if (string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(nameof(Reason), "Enter the reason for your decision");
        }
        if (!ModelState.IsValid)
        {
            return await ShowAsync();
        }
        TempData["Success"] = await action(matchedId, userId);
        return RedirectToPage(new { Id });
    }

    private async Task<bool> IsLinkedAsync(int otherId)
    {
        var subjects = await db.Referrals.Where(r => r.Id == Id || r.Id == otherId).Select(r => r.Victim.SubjectId).ToListAsync();
        return subjects.Count == 2 && subjects[0] == subjects[1];
    }

    private void Decided(Referral referral)
    {
        referral.DecidedAt = clock.GetUtcNow().UtcDateTime;
        referral.DecidedByUserId = User.StaffUserId();
    }

    private async Task<IActionResult> Problem(string message, string field = "Status")
    {
        ModelState.AddModelError(field, message);
        return await ShowAsync();
    }

    private Task<IActionResult> Success(string message)
    {
        TempData["Success"] = message;
        return Task.FromResult<IActionResult>(RedirectToPage(new { Id }));
    }

    private async Task<IActionResult> RefuseAsync()
    {
        await db.RecordRefusalAsync(Id, "action not allowed");
        return NotFound();
    }
}
