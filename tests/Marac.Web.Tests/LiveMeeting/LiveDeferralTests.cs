using System.Net;
using Marac.Data.Demo;
using Marac.Data.Entities;
using Marac.Web.Features.LiveMeeting;
using Marac.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using static Marac.Web.Tests.Administration.AdminTestData;
using static Marac.Web.Tests.Meetings.MeetingTestData;

namespace Marac.Web.Tests.LiveMeeting;

/// <summary>The live meeting's app, with a meeting the coordinator schedules a week after it.</summary>
public sealed class LiveMeetingWithNextApp : LiveMeetingApp
{
    private readonly Lazy<Task<int>> _next;

    public LiveMeetingWithNextApp() => _next = new(ScheduleNextAsync);

    public Task<int> NextMeetingIdAsync() => _next.Value;

    private async Task<int> ScheduleNextAsync()
    {
        var id = await MeetingIdAsync();
        var live = await WithDbAsync(db => db.Meetings.Where(m => m.Id == id).Select(m => m.StartsAt).SingleAsync());
        using var coordinator = CreateClientAs(DemoPartnership.CoordinatorObjectId);
        using var scheduled = await coordinator.SubmitMainFormAsync("/meetings/new", ScheduleFields(DateOnly.FromDateTime(live).AddDays(7)));
        scheduled.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return IdFrom(scheduled.RedirectTarget());
    }
}

/// <summary>
/// A case the chair defers in the meeting moves to the next meeting already scheduled, as a case deferred
/// before the meeting does: listed there with why, the change recorded, its referring agencies invited.
/// </summary>
public sealed class LiveDeferralTests(LiveMeetingWithNextApp app) : IClassFixture<LiveMeetingWithNextApp>
{
    private const string Reason = "The referrer is not here and has not briefed anyone";

    [Fact]
    public async Task A_case_deferred_in_the_meeting_is_listed_at_the_next_meeting_with_its_reason()
    {
        var (id, next) = await MeetingAndNextAsync();
        var deferred = (await app.CasesAsync())[1];
        await using var chair = await ChairAsync();

        var outcome = await chair.InvokeAsync<CaseOutcome>("MarkDeferred", id, deferred.AgendaItemId, Reason);

        outcome.Saved.ShouldBeTrue();
        var nextStarts = await app.WithDbAsync(db => db.Meetings.Where(m => m.Id == next).Select(m => m.StartsAt).SingleAsync());
        outcome.Message.ShouldBe($"Case deferred to the meeting on {Marac.Web.Features.Meetings.MeetingDisplay.Date(nextStarts)}.");
        var items = await ItemsOfAsync(deferred.ReferralId);
        items.Single(i => i.MeetingId == id).Status.ShouldBe(AgendaItemStatus.Deferred);
        items.Single(i => i.MeetingId == id).StatusReason.ShouldBe(Reason);
        var moved = items.Single(i => i.MeetingId == next);
        moved.Status.ShouldBe(AgendaItemStatus.Listed);
        moved.AddedReason.ShouldNotBeNull().ShouldEndWith(Reason);
        var changes = await app.WithDbAsync(db => db.AgendaChanges.AsNoTracking().Where(c => c.ReferralId == deferred.ReferralId).ToListAsync());
        changes.ShouldContain(c => c.MeetingId == id && c.Kind == AgendaChangeKind.Deferred);
        changes.ShouldContain(c => c.MeetingId == next && c.Kind == AgendaChangeKind.DeferredFromEarlierMeeting);
        var referrers = await app.WithDbAsync(db => db.ReferralAgencies.Where(a => a.ReferralId == deferred.ReferralId).Select(a => a.AgencyId).ToListAsync());
        var invited = await app.WithDbAsync(db => db.Set<MeetingAgency>().Where(a => a.MeetingId == next).Select(a => a.AgencyId).ToListAsync());
        referrers.ShouldAllBe(a => invited.Contains(a));
    }

    [Fact]
    public async Task A_case_marked_heard_then_deferred_moves_too_and_waits_no_longer_as_heard()
    {
        var (id, next) = await MeetingAndNextAsync();
        var changed = (await app.CasesAsync())[2];
        await using var chair = await ChairAsync();

        (await chair.InvokeAsync<CaseOutcome>("MarkHeard", id, changed.AgendaItemId)).Saved.ShouldBeTrue();
        (await chair.InvokeAsync<CaseOutcome>("MarkDeferred", id, changed.AgendaItemId, Reason)).Saved.ShouldBeTrue();

        var items = await ItemsOfAsync(changed.ReferralId);
        items.Single(i => i.MeetingId == id).Status.ShouldBe(AgendaItemStatus.Deferred);
        items.Single(i => i.MeetingId == next).Status.ShouldBe(AgendaItemStatus.Listed);
        (await app.WithDbAsync(db => db.Referrals.Where(r => r.Id == changed.ReferralId).Select(r => r.Status).SingleAsync()))
            .ShouldBe(ReferralStatus.Accepted);
    }

    private Task<List<AgendaItem>> ItemsOfAsync(int referralId) =>
        app.WithDbAsync(db => db.AgendaItems.AsNoTracking().Where(i => i.ReferralId == referralId).ToListAsync());

    private async Task<HubConnection> ChairAsync()
    {
        await app.SignAsync(DemoPartnership.CoordinatorObjectId);
        return (await app.JoinAsync(DemoPartnership.CoordinatorObjectId)).Hub;
    }

    private async Task<(int Live, int Next)> MeetingAndNextAsync() => (await app.MeetingIdAsync(), await app.NextMeetingIdAsync());
}
