using Marac.Data;
using Marac.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.LiveMeeting;

/// <summary>What happened to an action call: the action as saved (or as it now stands), whether it changed, or the errors.</summary>
public sealed record ActionChange(MeetingAction? Action, bool Changed, IReadOnlyDictionary<string, string> Errors, bool Conflict = false)
{
    public static ActionChange Refused(IReadOnlyDictionary<string, string> errors) => new(null, false, errors);

    public static ActionChange Refused(string field, string message) => new(null, false, new Dictionary<string, string> { [field] = message });
}

/// <summary>
/// Records, proposes, accepts, declines and edits actions. Creating is idempotent on the client's id; accepting,
/// declining and editing check the version the caller saw, and a stale version is reported as a conflict.
/// <c>beforeSave</c> sees the action as it is about to be saved, so whatever it queues (the broadcast's
/// disclosure audits) is written in the same transaction.
/// </summary>
public sealed class LiveActions(MaracDbContext db, TimeProvider clock)
{
    public async Task<ActionChange> CreateAsync(LiveSeat seat, LiveItem item, ActionInput input, MeetingActionStatus status, Func<MeetingAction, Task> beforeSave)
    {
        if (await ExistingAsync(input.Id) is { } existing)
        {
            return existing.MeetingId == seat.Meeting.Id && existing.ReferralId == item.ReferralId
                ? new ActionChange(existing, false, new Dictionary<string, string>())
                : ActionChange.Refused("Description", LiveMessages.IdReused);
        }
        var errors = ActionRules.Check(input, await AgencyIdsAsync(), UkTime.Today(clock), out var due);
        if (errors.Count > 0)
        {
            return ActionChange.Refused(errors);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var action = new MeetingAction
        {
            Id = input.Id, MeetingId = seat.Meeting.Id, ReferralId = item.ReferralId, OwnerAgencyId = input.OwnerAgencyId!.Value,
            Description = input.Description!.Trim(), DueDate = due, LinkedRisk = ActionRules.Clean(input.LinkedRisk),
            Status = status, RecordedAt = now, RecordedByUserId = seat.Viewer.UserId,
        };
        db.MeetingActions.Add(action);
        await beforeSave(action);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            if (!await RacedAsync(input.Id))
            {
                throw;
            }
            // The same id saved by a retry racing this call: the first one stands.
            return new ActionChange(await ExistingAsync(input.Id), false, new Dictionary<string, string>());
        }
        return new ActionChange(await ExistingAsync(action.Id), true, new Dictionary<string, string>());
    }

    public async Task<ActionChange> EditAsync(LiveSeat seat, MeetingAction action, ActionInput input, Func<MeetingAction, Task> beforeSave)
    {
        if (input.Version != action.Version)
        {
            return new ActionChange(action, false, new Dictionary<string, string>(), Conflict: true);
        }
        var errors = ActionRules.Check(input, await AgencyIdsAsync(), UkTime.Today(clock), out var due);
        if (errors.Count > 0)
        {
            return ActionChange.Refused(errors);
        }
        return await SaveAsync(seat, action, input.Version.Value, beforeSave, a =>
        {
            (a.OwnerAgencyId, a.Description, a.DueDate, a.LinkedRisk) = (input.OwnerAgencyId!.Value, input.Description!.Trim(), due, ActionRules.Clean(input.LinkedRisk));
        });
    }

    /// <summary>Accepts a representative's proposal into the plan, or declines it with a reason.</summary>
    public async Task<ActionChange> DecideAsync(LiveSeat seat, MeetingAction action, Guid version, bool accept, string? reason, Func<MeetingAction, Task> beforeSave)
    {
        if (version != action.Version)
        {
            return new ActionChange(action, false, new Dictionary<string, string>(), Conflict: true);
        }
        if (action.Status != MeetingActionStatus.Proposed)
        {
            return ActionChange.Refused("Status", "This action is not waiting for a decision.");
        }
        if (reason?.Trim().Length > Marac.Data.Configurations.FieldLengths.Narrative)
        {
            return ActionChange.Refused("Reason", LiveMessages.DeferReasonTooLong);
        }
        return await SaveAsync(seat, action, version, beforeSave, a =>
        {
            a.Status = accept ? MeetingActionStatus.Open : MeetingActionStatus.Declined;
            a.StatusNote = accept ? null : ActionRules.Clean(reason);
        });
    }

    private async Task<bool> RacedAsync(Guid id)
    {
        db.ChangeTracker.Clear();
        return await db.MeetingActions.AnyAsync(a => a.Id == id);
    }

    public Task<MeetingAction?> ExistingAsync(Guid id) =>
        db.MeetingActions.AsNoTracking().Include(a => a.OwnerAgency).FirstOrDefaultAsync(a => a.Id == id);

    private async Task<ActionChange> SaveAsync(LiveSeat seat, MeetingAction seen, Guid version, Func<MeetingAction, Task> beforeSave, Action<MeetingAction> change)
    {
        var tracked = await db.MeetingActions.FirstAsync(a => a.Id == seen.Id);
        db.Entry(tracked).Property(a => a.Version).OriginalValue = version;
        change(tracked);
        tracked.StatusUpdatedAt = clock.GetUtcNow().UtcDateTime;
        tracked.StatusUpdatedByUserId = seat.Viewer.UserId;
        await beforeSave(tracked);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new ActionChange(await ExistingAsync(seen.Id), false, new Dictionary<string, string>(), Conflict: true);
        }
        return new ActionChange(await ExistingAsync(seen.Id), true, new Dictionary<string, string>());
    }

    private async Task<IReadOnlySet<int>> AgencyIdsAsync() =>
        (await db.Agencies.AsNoTracking().Where(a => a.IsActive).Select(a => a.Id).ToListAsync()).ToHashSet();
}
