using System.Globalization;
using Marac.Data;
using Marac.Data.Demo;
using Marac.Sharing.Categories;
using Marac.Sharing.Policy;
using Audience = Marac.Sharing.Policy.Audience;
using Marac.Web.Features.LiveMeeting;
using Marac.Web.Tests.LiveMeeting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Marac.Web.Tests.Sharing;

/// <summary>
/// The no-leak test over the live meeting: the marked case's meeting is opened, and for every grant variant
/// housing joins, the coordinator moves to the case, records its risk summary and an action, and housing asks
/// for the case and the meeting. Every frame housing's connection receives must hold exactly the markers of
/// its grant that the live meeting carries, and never a place or phone number from the risk summary.
/// </summary>
public sealed class LiveNoLeakTests : IClassFixture<LiveNoLeakTests.LiveMarkedCaseApp>, IAsyncLifetime
{
    /// <summary>What the live meeting carries of the case: its reference, risk summary, and actions' text and linked risk.</summary>
    private static readonly string[] LiveMarkers = ["ZQXREFERENCE", "ZQXRISKSUMMARY", "ZQXACTIONTEXT", "ZQXLINKEDRISK"];

    /// <summary>Location and safety contacts, written into the risk summary: never broadcast, to anyone.</summary>
    private static readonly string[] Locations = ["CV1 2GT", "07700 900123"];

    private static readonly string RiskSummary = $"ZQXRISKSUMMARY: she is staying with her sister at 14 Mill Lane, {Locations[0]}; call {Locations[1]}.";

    public sealed class LiveMarkedCaseApp : NoLeakTests.MarkedCaseApp
    {
        private readonly Lazy<Task<(MarkedCase, HubConnection, FrameLog)>> _live;

        public LiveMarkedCaseApp() => _live = new(OpenAsync);

        /// <summary>The meeting opened once, and the coordinator's connection to it, recording what it receives.</summary>
        public Task<(MarkedCase Case, HubConnection Coordinator, FrameLog Frames)> LiveAsync() => _live.Value;

        public override async ValueTask DisposeAsync()
        {
            if (_live.IsValueCreated && _live.Value.IsCompletedSuccessfully)
            {
                await (await _live.Value).Item2.DisposeAsync();
            }
            await base.DisposeAsync();
        }

        private async Task<(MarkedCase, HubConnection, FrameLog)> OpenAsync()
        {
            var markedCase = await CaseAsync();
            await markedCase.OpenLiveAsync(this);
            var frames = new FrameLog();
            var coordinator = this.HubAs(DemoPartnership.CoordinatorObjectId, frames: frames);
            await coordinator.StartAsync();
            await coordinator.InvokeAsync<MeetingStateView>("JoinMeeting", markedCase.MeetingId);
            return (markedCase, coordinator, frames);
        }
    }

    private readonly LiveMarkedCaseApp _app;
    private MarkedCase _case = null!;
    private HubConnection _coordinator = null!;
    private FrameLog _coordinatorFrames = null!;

    public LiveNoLeakTests(LiveMarkedCaseApp app) => _app = app;

    public async Task InitializeAsync() => (_case, _coordinator, _coordinatorFrames) = await _app.LiveAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(NoLeakTests.GrantVariants), MemberType = typeof(NoLeakTests))]
    public async Task A_housing_representative_receives_over_the_hub_exactly_the_markers_of_their_grant(string variant)
    {
        await _case.ApplyVariantAsync(_app, variant);
        var frames = new FrameLog();
        await using var housing = _app.HubAs(DemoPartnership.HousingRepresentativeObjectId, frames: frames);
        await housing.StartAsync();

        await RefusalOrNothingAsync(() => housing.InvokeAsync<MeetingStateView>("JoinMeeting", _case.MeetingId));
        await RunTheCaseAsync();
        await RefusalOrNothingAsync(() => housing.InvokeAsync<CaseView>("GetCase", _case.MeetingId, _case.ItemId));
        // Answered after every broadcast already sent to this connection, so all of them are in the log.
        await RefusalOrNothingAsync(() => housing.InvokeAsync<MeetingStateView>("GetState", _case.MeetingId));

        MarkedCase.Compare(frames.Text, marker => LiveMarkers.Contains(marker) && MarkedCase.HousingMaySee(variant, marker)).ShouldBeEmpty();
        Locations.Where(frames.Text.Contains).ShouldBeEmpty();
        MarkedCase.MarkersInLogs(_app).ShouldBeEmpty();
    }

    public static TheoryData<Audience> PolicyRows() => [.. SharingPolicy.Rows.Select(r => r.Who).Where(a => a != Audience.Coordinator)];

    /// <summary>
    /// Generated from the policy table: each row's connection receives no marker beyond what its cell allows of what
    /// the live meeting carries (never Location and safety contacts), and the rows who attend receive all of that.
    /// </summary>
    [Theory]
    [MemberData(nameof(PolicyRows))]
    public async Task Each_policy_row_receives_over_the_hub_exactly_what_its_cell_allows(Audience audience)
    {
        var (viewer, cell) = await _case.ArrangeAcceptedRowAsync(_app, audience);
        await SignIfInvitedAsync(viewer.ObjectId);
        var frames = new FrameLog();
        await using var hub = _app.HubAs(viewer.ObjectId, frames: frames);
        await RefusalOrNothingAsync(() => hub.StartAsync());

        await RefusalOrNothingAsync(() => hub.InvokeAsync<MeetingStateView>("JoinMeeting", _case.MeetingId));
        await RunTheCaseAsync();
        await RefusalOrNothingAsync(() => hub.InvokeAsync<CaseView>("GetCase", _case.MeetingId, _case.ItemId));
        await RefusalOrNothingAsync(() => hub.InvokeAsync<MeetingStateView>("GetState", _case.MeetingId));

        MarkedCase.SharedRecordProblems(frames.Text, audience, viewer, cell, LiveMarkers.ToHashSet(), Attends.Contains(audience))
            .ShouldBeEmpty($"{audience}: {cell.Describe()}");
        Locations.Where(frames.Text.Contains).ShouldBeEmpty();
        MarkedCase.MarkersInLogs(_app).ShouldBeEmpty();
    }

    /// <summary>Who takes part in this meeting: its chair and the agencies it invited and granted.</summary>
    private static readonly HashSet<Audience> Attends = [Audience.Chair, Audience.InvitedRepresentative, Audience.IdvaHoldingCase];

    /// <summary>Agrees to the statement where the viewer may open the meeting's page at all.</summary>
    private async Task SignIfInvitedAsync(Guid objectId)
    {
        try
        {
            await _app.SignStatementAsync(_case.MeetingId, objectId);
        }
        catch (ShouldAssertException)
        {
            // The page refused them: they are no attendee, and the hub will refuse them too.
        }
    }

    [Fact]
    public async Task The_coordinator_receives_everything_the_live_meeting_carries_but_no_location_and_no_private_note()
    {
        await RunTheCaseAsync();
        await _coordinator.InvokeAsync<CaseView>("GetCase", _case.MeetingId, _case.ItemId);

        var text = _coordinatorFrames.Text;
        LiveMarkers.Where(m => !text.Contains(m, StringComparison.Ordinal)).ShouldBeEmpty();
        Locations.Where(text.Contains).ShouldBeEmpty();
        text.ShouldNotContain("ZQXPOLICEPRIVATE");
    }

    /// <summary>The coordinator moves to the case, records its risk summary and records an action (a new one each time).</summary>
    private async Task RunTheCaseAsync()
    {
        var police = (await _app.StaffAsync(DemoPartnership.PoliceRepresentativeObjectId)).AgencyId!.Value;
        var due = UkTime.Today(_app.Clock).AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await _coordinator.InvokeAsync("MoveToCase", _case.MeetingId, _case.ItemId);
        (await _coordinator.InvokeAsync<CaseOutcome>("SetRiskSummary", _case.MeetingId, _case.ItemId, RiskSummary)).Saved.ShouldBeTrue();
        var action = new ActionInput(Guid.NewGuid(), _case.ItemId, police, "ZQXACTIONTEXT", due, "ZQXLINKEDRISK");
        (await _coordinator.InvokeAsync<ActionOutcome>("RecordAction", _case.MeetingId, action)).Saved.ShouldBeTrue();
    }

    /// <summary>A call housing may be refused (the case withheld, or not in the meeting): the refusal's message is in the log too.</summary>
    private static async Task RefusalOrNothingAsync(Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (Exception e) when (e is HubException or HttpRequestException or InvalidOperationException)
        {
        }
    }
}
