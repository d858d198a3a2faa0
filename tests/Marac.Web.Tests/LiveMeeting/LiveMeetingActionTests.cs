using System.Globalization;
using Marac.Data.Demo;
using Marac.Data.Entities;
using Marac.Web.Features.LiveMeeting;
using Marac.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using static Marac.Web.Tests.Meetings.MeetingTestData;

namespace Marac.Web.Tests.LiveMeeting;

/// <summary>Actions during the meeting: saved once, seen by everyone, conflicts reported, bad input refused.</summary>
public sealed class LiveMeetingActionTests(LiveMeetingApp app) : IClassFixture<LiveMeetingApp>, IAsyncLifetime
{
    private HubConnection _coordinator = null!;
    private HubConnection _police = null!;
    private HubConnection _idva = null!;
    private LiveCase _case = null!;
    private int _meeting;
    private int _policeAgency;

    public async Task InitializeAsync()
    {
        _meeting = await app.MeetingIdAsync();
        _case = await app.CaseWithChildrenAsync();
        foreach (var user in new[] { DemoPartnership.CoordinatorObjectId, DemoPartnership.PoliceRepresentativeObjectId, DemoPartnership.IdvaRepresentativeObjectId })
        {
            await app.SignAsync(user);
        }
        (_coordinator, _) = await app.JoinAsync(DemoPartnership.CoordinatorObjectId);
        (_police, _) = await app.JoinAsync(DemoPartnership.PoliceRepresentativeObjectId);
        (_idva, _) = await app.JoinAsync(DemoPartnership.IdvaRepresentativeObjectId);
        _policeAgency = (await app.StaffAsync(DemoPartnership.PoliceRepresentativeObjectId)).AgencyId!.Value;
        await _coordinator.InvokeAsync("MoveToCase", _meeting, _case.AgendaItemId);
    }

    public async Task DisposeAsync()
    {
        foreach (var hub in new[] { _coordinator, _police, _idva })
        {
            await hub.DisposeAsync();
        }
    }

    private ActionInput NewAction(string description = "Flag the address for an urgent response", int? owner = -1, string? due = null) =>
        new(Guid.NewGuid(), _case.AgendaItemId, owner == -1 ? _policeAgency : owner, description,
            due ?? app.Today().AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "Repeat assault");

    private Task<int> StoredAsync(Guid id) => app.WithDbAsync(db => db.MeetingActions.CountAsync(a => a.Id == id));

    [Fact]
    public async Task An_action_recorded_by_the_chair_reaches_every_other_attendee()
    {
        var police = _police.Collect<ActionView>("ActionChanged");
        var idva = _idva.Collect<ActionView>("ActionChanged");
        var input = NewAction();

        var outcome = await _coordinator.InvokeAsync<ActionOutcome>("RecordAction", _meeting, input);

        outcome.Saved.ShouldBeTrue();
        (await police.WaitForAsync(a => a.Id == input.Id)).Description.ShouldBe(input.Description);
        (await idva.WaitForAsync(a => a.Id == input.Id)).Status.ShouldBe(nameof(MeetingActionStatus.Open));
    }

    [Fact]
    public async Task A_retried_action_is_stored_once()
    {
        var input = NewAction();

        var first = await _coordinator.InvokeAsync<ActionOutcome>("RecordAction", _meeting, input);
        var retry = await _coordinator.InvokeAsync<ActionOutcome>("RecordAction", _meeting, input);

        first.Saved.ShouldBeTrue();
        retry.Saved.ShouldBeTrue();
        retry.Action!.Version.ShouldBe(first.Action!.Version);
        (await StoredAsync(input.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task An_action_id_reused_for_another_case_is_refused_and_the_first_action_stays_as_it_was()
    {
        var first = NewAction("Check the perpetrator's bail conditions");
        await _coordinator.InvokeAsync<ActionOutcome>("RecordAction", _meeting, first);
        var other = (await app.CasesAsync()).First(c => c.AgendaItemId != _case.AgendaItemId);

        var reused = await _coordinator.InvokeAsync<ActionOutcome>("RecordAction", _meeting,
            first with { AgendaItemId = other.AgendaItemId, Description = "Something else entirely" });

        reused.Saved.ShouldBeFalse();
        reused.Errors["Description"].ShouldBe(LiveMessages.IdReused);
        var stored = await app.WithDbAsync(db => db.MeetingActions.AsNoTracking().SingleAsync(a => a.Id == first.Id));
        (stored.ReferralId, stored.Description).ShouldBe((_case.ReferralId, first.Description));
    }

    [Fact]
    public async Task A_second_edit_from_the_same_version_is_reported_as_a_conflict_with_the_current_version()
    {
        var input = NewAction();
        var saved = (await _coordinator.InvokeAsync<ActionOutcome>("RecordAction", _meeting, input)).Action!;
        await using var second = (await app.JoinAsync(DemoPartnership.CoordinatorObjectId)).Hub;

        var first = await _coordinator.InvokeAsync<ActionOutcome>("EditAction", _meeting, input with { Description = "First edit", Version = saved.Version });
        var late = await second.InvokeAsync<ActionOutcome>("EditAction", _meeting, input with { Description = "Second edit", Version = saved.Version });

        first.Saved.ShouldBeTrue();
        late.Saved.ShouldBeFalse();
        late.Conflict.ShouldBeTrue();
        late.Action!.Description.ShouldBe("First edit");
        late.Action.Version.ShouldBe(first.Action!.Version);
        late.Errors["Description"].ShouldBe(LiveMessages.Conflict);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_message_for_the_field_and_the_meeting_carries_on()
    {
        var noOwner = await _coordinator.InvokeAsync<ActionOutcome>("RecordAction", _meeting, NewAction(owner: null));
        var past = await _coordinator.InvokeAsync<ActionOutcome>("RecordAction", _meeting, NewAction(due: app.Today().AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        var huge = await _coordinator.InvokeAsync<ActionOutcome>("RecordAction", _meeting, NewAction(new string('x', 100 * 1024)));
        var farOff = await _coordinator.InvokeAsync<ActionOutcome>("RecordAction", _meeting, NewAction(due: "9999-12-31"));

        noOwner.Errors["OwnerAgencyId"].ShouldBe(LiveMessages.OwnerRequired);
        past.Errors["DueDate"].ShouldBe(LiveMessages.DueInPast);
        huge.Errors["Description"].ShouldBe(LiveMessages.DescriptionTooLong);
        farOff.Errors["DueDate"].ShouldBe("The due date must be between 1900 and 2100");
        _coordinator.State.ShouldBe(HubConnectionState.Connected);
        (await _coordinator.InvokeAsync<ActionOutcome>("RecordAction", _meeting, NewAction())).Saved.ShouldBeTrue();
    }

    [Fact]
    public async Task A_representative_proposes_only_for_their_own_agency_and_the_chair_accepts_it_into_the_plan()
    {
        var idvaAgency = (await app.StaffAsync(DemoPartnership.IdvaRepresentativeObjectId)).AgencyId;
        var idvaSees = _idva.Collect<ActionView>("ActionChanged");
        var chairSees = _coordinator.Collect<ActionView>("ActionChanged");

        var forOthers = await _police.InvokeAsync<ActionOutcome>("ProposeAction", _meeting, NewAction(owner: idvaAgency));
        var own = NewAction("Check the perpetrator's bail conditions");
        var proposed = await _police.InvokeAsync<ActionOutcome>("ProposeAction", _meeting, own);
        (await chairSees.WaitForAsync(a => a.Id == own.Id)).Status.ShouldBe(nameof(MeetingActionStatus.Proposed));
        var accepted = await _coordinator.InvokeAsync<ActionOutcome>("AcceptAction", _meeting, own.Id, proposed.Action!.Version);

        forOthers.Errors["OwnerAgencyId"].ShouldBe(LiveMessages.OwnAgencyOnly);
        accepted.Action!.Status.ShouldBe(nameof(MeetingActionStatus.Open));
        (await idvaSees.WaitForAsync(a => a.Id == own.Id)).Status.ShouldBe(nameof(MeetingActionStatus.Open));
        idvaSees.Received.ShouldNotContain(a => a.Id == own.Id && a.Status == nameof(MeetingActionStatus.Proposed));
    }

    [Fact]
    public async Task Dropping_a_connection_mid_meeting_and_reconnecting_loses_no_action_and_duplicates_none()
    {
        var before = NewAction("Recorded before the drop");
        await _coordinator.InvokeAsync<ActionOutcome>("RecordAction", _meeting, before);
        await _idva.StopAsync();

        var whileAway = NewAction("Recorded while the IDVA was offline");
        await _coordinator.InvokeAsync<ActionOutcome>("RecordAction", _meeting, whileAway);
        await _coordinator.InvokeAsync<ActionOutcome>("RecordAction", _meeting, whileAway);
        await _idva.StartAsync();
        var state = await _idva.InvokeAsync<MeetingStateView>("JoinMeeting", _meeting);

        var actions = state.Current!.Actions;
        actions.Count(a => a.Id == before.Id).ShouldBe(1);
        actions.Count(a => a.Id == whileAway.Id).ShouldBe(1);
        actions.Select(a => a.Id).ShouldBeUnique();
        (await StoredAsync(whileAway.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task A_representative_cannot_move_the_meeting_or_record_actions()
    {
        var refused = await Should.ThrowAsync<Microsoft.AspNetCore.SignalR.HubException>(_police.InvokeAsync<ActionOutcome>("RecordAction", _meeting, NewAction()));

        refused.Message.ShouldContain(LiveMessages.LeadsOnly);
        _police.State.ShouldBe(HubConnectionState.Connected);
    }
}
