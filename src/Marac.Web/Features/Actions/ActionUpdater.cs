using System.Security.Claims;
using Marac.Data;
using Marac.Data.Entities;
using Marac.Sharing.Policy;
using Marac.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Actions;

public enum ActionUpdateOutcome { Saved, Conflict, NotFound }

/// <summary>
/// A representative reports on one of their agency's open actions: done, not possible because circumstances
/// changed (what changed), or not done (why). Someone else's update since the form was read is a conflict:
/// nothing is overwritten.
/// </summary>
public sealed class ActionUpdater(MaracDbContext db, TimeProvider clock)
{
    public static readonly MeetingActionStatus[] Choices = [MeetingActionStatus.Done, MeetingActionStatus.NotPossible, MeetingActionStatus.NotDone];

    public async Task<ActionUpdateOutcome> UpdateAsync(Guid id, ClaimsPrincipal user, Guid version, MeetingActionStatus status, string? note)
    {
        if (!Choices.Contains(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status));
        }
        var agencyId = user.IsInRole(MaracRoles.AgencyRepresentative) ? user.AgencyId() : null;
        var userId = user.StaffUserId();
        var excluded = Exclusions.ExcludedCaseIds(db.CaseExclusions, userId ?? -1, agencyId);
        var action = agencyId is null ? null : await db.MeetingActions
            .Where(a => a.Id == id && a.OwnerAgencyId == agencyId && !excluded.Contains(a.ReferralId))
            .FirstOrDefaultAsync();
        if (action is null)
        {
            return ActionUpdateOutcome.NotFound;
        }
        if (action.Version != version || action.Status != MeetingActionStatus.Open)
        {
            return ActionUpdateOutcome.Conflict;
        }
        action.Status = status;
        action.StatusNote = status == MeetingActionStatus.Done ? null : note?.Trim();
        action.StatusUpdatedAt = clock.GetUtcNow().UtcDateTime;
        action.StatusUpdatedByUserId = userId;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return ActionUpdateOutcome.Conflict;
        }
        return ActionUpdateOutcome.Saved;
    }

    /// <summary>The action as it is now, for the conflict message (status and what was said, no case details).</summary>
    public Task<MeetingAction?> CurrentAsync(Guid id, int agencyId) =>
        db.MeetingActions.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.OwnerAgencyId == agencyId);
}
