using Marac.Data.Entities;
using Marac.Sharing.Grants;
using Marac.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Marac.Web.Features.LiveMeeting;

/// <summary>
/// The live meeting (architecture.md, "Live meeting (SignalR)"). A connection joins a meeting, which puts it in
/// the one content group its access calls for. Every method checks again, from the database, that the caller
/// is an attendee who signed this meeting's statement and may see the case concerned. Changes are saved
/// first, then broadcast to each audience redacted for it.
/// </summary>
[Authorize(Policy = Policies.CaseWorker)]
public sealed class MeetingHub(LiveAccess access, LiveAudiences audiences, LiveState state, LiveItems items, LiveActions actions,
    LiveAgenda agenda, LiveAttendance attendance, LiveBroadcaster broadcaster, MeetingConnections connections,
    Marac.Web.Features.Sharing.PartnershipRedactor redactors) : Hub<IMeetingClient>
{
    public const string Path = "/hubs/meeting";

    public override async Task OnConnectedAsync()
    {
        // When the session cookie was issued: a sign-out after it revokes this connection's session too.
        var issued = Context.GetHttpContext()?.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult?.Properties?.IssuedUtc;
        connections.Add(new LiveConnection(Context, Context.User?.StaffUserId() ?? 0, issued));
        await base.OnConnectedAsync();
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        if (connections.Remove(Context.ConnectionId) is { } gone)
        {
            foreach (var meetingId in gone.Meetings.Keys.Where(m => !connections.IsPresent(gone.UserId, m)))
            {
                await attendance.MarkPresenceAsync(meetingId, gone.UserId, present: false);
            }
        }
        await base.OnDisconnectedAsync(exception);
    }

    /// <summary>Joins (or, after a reconnect, rejoins) a meeting; returns the meeting as the caller may see it.</summary>
    public async Task<MeetingStateView> JoinMeeting(int meetingId)
    {
        var connection = connections.Find(Context.ConnectionId) ?? throw new HubException(LiveMessages.NotSignedIn);
        var seat = await access.RequireSeatAsync(Context.User!, meetingId, connection.SessionIssuedUtc);
        var audience = await audiences.ForViewerAsync(seat.Meeting, seat.Viewer);
        if (connection.Meetings.TryGetValue(meetingId, out var previous) && previous != audience.Group)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, previous);
        }
        await Groups.AddToGroupAsync(Context.ConnectionId, audience.Group);
        connection.AgencyId = seat.Viewer.AgencyId;
        connection.Meetings[meetingId] = audience.Group;
        await attendance.MarkPresenceAsync(meetingId, seat.Viewer.UserId, present: true);
        return await state.ForAsync(seat, audience);
    }

    public async Task<MeetingStateView> GetState(int meetingId)
    {
        var seat = await SeatAsync(meetingId);
        return await state.ForAsync(seat, await audiences.ForViewerAsync(seat.Meeting, seat.Viewer));
    }

    /// <summary>One case of the agenda, if the caller may see it.</summary>
    public async Task<CaseView> GetCase(int meetingId, int agendaItemId)
    {
        var seat = await SeatAsync(meetingId);
        var (item, decision) = await CaseAsync(seat, agendaItemId);
        var audience = await audiences.ForViewerAsync(seat.Meeting, seat.Viewer);
        return LiveViewBuilder.Case(item, decision, await RedactorAsync(), await items.ActionsAsync(meetingId, item.ReferralId), audience);
    }

    public async Task LeaveMeeting(int meetingId)
    {
        var seat = await SeatAsync(meetingId);
        if (connections.Find(Context.ConnectionId)?.Meetings.TryRemove(meetingId, out var group) == true)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, group);
        }
        if (!connections.IsPresent(seat.Viewer.UserId, meetingId))
        {
            await attendance.MarkPresenceAsync(meetingId, seat.Viewer.UserId, present: false);
        }
    }

    public async Task MoveToCase(int meetingId, int agendaItemId)
    {
        var seat = await LeadSeatAsync(meetingId);
        await CaseAsync(seat, agendaItemId);
        await agenda.MoveToAsync(seat.Meeting, agendaItemId);
        var moved = seat.Meeting with { CurrentAgendaItemId = agendaItemId };
        await broadcaster.CaseChangedAsync(moved, (await items.OneAsync(moved, agendaItemId))!);
    }

    public async Task<CaseOutcome> SetRiskSummary(int meetingId, int agendaItemId, string? text)
    {
        var seat = await LeadSeatAsync(meetingId);
        await CaseAsync(seat, agendaItemId);
        return await BroadcastCaseAsync(seat, agendaItemId, await agenda.SetRiskSummaryAsync(seat.Meeting, agendaItemId, text));
    }

    public async Task<CaseOutcome> MarkHeard(int meetingId, int agendaItemId)
    {
        var seat = await LeadSeatAsync(meetingId);
        await CaseAsync(seat, agendaItemId);
        return await BroadcastCaseAsync(seat, agendaItemId, await agenda.MarkAsync(seat.Meeting, agendaItemId, AgendaItemStatus.Heard, null, seat.Viewer.UserId));
    }

    public async Task<CaseOutcome> MarkDeferred(int meetingId, int agendaItemId, string? reason)
    {
        var seat = await LeadSeatAsync(meetingId);
        await CaseAsync(seat, agendaItemId);
        return await BroadcastCaseAsync(seat, agendaItemId, await agenda.MarkAsync(seat.Meeting, agendaItemId, AgendaItemStatus.Deferred, reason, seat.Viewer.UserId));
    }

    /// <summary>Records an agreed action (chair or coordinator). A retry with the same id returns the action already saved.</summary>
    public async Task<ActionOutcome> RecordAction(int meetingId, ActionInput input)
    {
        var seat = await LeadSeatAsync(meetingId);
        var (item, decision, broadcast) = await ActionCaseAsync(seat, input.AgendaItemId);
        return await AfterAsync(item, decision, broadcast, await actions.CreateAsync(seat, item, input, MeetingActionStatus.Open, broadcast.AuditAsync));
    }

    /// <summary>A representative proposes an action for their own agency; the chair accepts or declines it.</summary>
    public async Task<ActionOutcome> ProposeAction(int meetingId, ActionInput input)
    {
        var seat = await SeatAsync(meetingId);
        if (seat.IsObserver)
        {
            throw new HubException(LiveMessages.ObserverReadOnly);
        }
        var (item, decision, broadcast) = await ActionCaseAsync(seat, input.AgendaItemId);
        if (input.OwnerAgencyId is { } owner && owner != seat.Viewer.AgencyId && !seat.IsLead)
        {
            return ActionOutcome.Invalid("OwnerAgencyId", LiveMessages.OwnAgencyOnly);
        }
        return await AfterAsync(item, decision, broadcast, await actions.CreateAsync(seat, item, input, MeetingActionStatus.Proposed, broadcast.AuditAsync));
    }

    public async Task<ActionOutcome> AcceptAction(int meetingId, Guid actionId, Guid version) =>
        await DecideProposalAsync(meetingId, actionId, version, accept: true, reason: null);

    public async Task<ActionOutcome> DeclineAction(int meetingId, Guid actionId, Guid version, string? reason) =>
        await DecideProposalAsync(meetingId, actionId, version, accept: false, reason);

    /// <summary>Changes an action; <see cref="ActionInput.Version"/> must be the version the caller saw.</summary>
    public async Task<ActionOutcome> EditAction(int meetingId, ActionInput input)
    {
        var seat = await LeadSeatAsync(meetingId);
        var (action, item, decision, broadcast) = await ActionAsync(seat, input.Id);
        return await AfterAsync(item, decision, broadcast, await actions.EditAsync(seat, action, input, broadcast.AuditAsync));
    }

    private async Task<ActionOutcome> DecideProposalAsync(int meetingId, Guid actionId, Guid version, bool accept, string? reason)
    {
        var seat = await LeadSeatAsync(meetingId);
        var (action, item, decision, broadcast) = await ActionAsync(seat, actionId);
        return await AfterAsync(item, decision, broadcast, await actions.DecideAsync(seat, action, version, accept, reason, broadcast.AuditAsync));
    }

    /// <summary>The caller's outcome; a saved change goes to every audience (its disclosures were audited with the save).</summary>
    private async Task<ActionOutcome> AfterAsync(LiveItem item, CaseAccess decision, LiveBroadcaster.ActionBroadcast broadcast, ActionChange change)
    {
        if (change.Action is null)
        {
            return ActionOutcome.Invalid(change.Errors);
        }
        var redactor = await RedactorAsync();
        var view = LiveViewBuilder.Action(change.Action, item, decision.Granted, redactor);
        if (change.Conflict)
        {
            return ActionOutcome.ConflictWith(view);
        }
        if (change.Changed)
        {
            await broadcast.SendAsync(change.Action, redactor);
        }
        return ActionOutcome.Ok(view);
    }

    private async Task<CaseOutcome> BroadcastCaseAsync(LiveSeat seat, int agendaItemId, CaseOutcome outcome)
    {
        if (outcome.Saved)
        {
            await broadcaster.CaseUpdatedAsync(seat.Meeting, (await items.OneAsync(seat.Meeting, agendaItemId))!);
        }
        return outcome;
    }

    private async Task<(MeetingAction, LiveItem, CaseAccess, LiveBroadcaster.ActionBroadcast)> ActionAsync(LiveSeat seat, Guid actionId)
    {
        var action = await actions.ExistingAsync(actionId);
        if (action is null || action.MeetingId != seat.Meeting.Id)
        {
            throw new HubException(LiveMessages.NoSuchAction);
        }
        var item = (await items.ForMeetingAsync(seat.Meeting)).FirstOrDefault(i => i.ReferralId == action.ReferralId)
            ?? throw new HubException(LiveMessages.NoSuchAction);
        var (_, decision, broadcast) = await ActionCaseAsync(seat, item.Id);
        return (action, item, decision, broadcast);
    }

    /// <summary><see cref="CaseAsync"/> for an action change, with the change's broadcast decided in the same reads.</summary>
    private async Task<(LiveItem, CaseAccess, LiveBroadcaster.ActionBroadcast)> ActionCaseAsync(LiveSeat seat, int agendaItemId)
    {
        var item = await items.OneAsync(seat.Meeting, agendaItemId) ?? throw new HubException(LiveMessages.NoSuchCase);
        var (decision, broadcast) = await broadcaster.ForActionAsync(seat.Meeting, item, seat.Viewer);
        return decision.Allowed ? (item, decision, broadcast) : throw new HubException(LiveMessages.CaseRefused);
    }

    /// <summary>The agenda item, if it is on this meeting's agenda and the caller may see its case now.</summary>
    private async Task<(LiveItem, CaseAccess)> CaseAsync(LiveSeat seat, int agendaItemId)
    {
        var item = await items.OneAsync(seat.Meeting, agendaItemId) ?? throw new HubException(LiveMessages.NoSuchCase);
        var decision = await access.DecideAsync(item.ReferralId, seat.Viewer);
        return decision.Allowed ? (item, decision) : throw new HubException(LiveMessages.CaseRefused);
    }

    private async Task<LiveSeat> SeatAsync(int meetingId)
    {
        var connection = connections.Find(Context.ConnectionId);
        if (connection is null || !connection.Meetings.ContainsKey(meetingId))
        {
            throw new HubException(LiveMessages.NotInMeeting);
        }
        return await access.RequireSeatAsync(Context.User!, meetingId, connection.SessionIssuedUtc);
    }

    private async Task<LiveSeat> LeadSeatAsync(int meetingId)
    {
        var seat = await SeatAsync(meetingId);
        return seat.IsLead ? seat : throw new HubException(LiveMessages.LeadsOnly);
    }

    private Task<Marac.Sharing.Redaction.TextRedactor> RedactorAsync() => redactors.GetAsync();
}
