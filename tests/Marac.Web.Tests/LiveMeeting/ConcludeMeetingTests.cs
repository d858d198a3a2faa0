using System.Net;
using Marac.Data.Demo;
using Marac.Data.Entities;
using Marac.Web.Features.LiveMeeting;
using Marac.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Tests.LiveMeeting;

/// <summary>
/// A live meeting of its own, concluded once by the coordinator through the page's form: one case marked heard
/// first, the police representative connected, the IDVA representative signed in but gone before the end.
/// </summary>
public sealed class ConcludedMeetingApp : LiveMeetingApp
{
    private readonly Lazy<Task<Conclusion>> _concluded;

    public ConcludedMeetingApp() => _concluded = new(ConcludeAsync);

    /// <summary>What the agenda was, and what the lead and the representative saw, when the meeting was concluded.</summary>
    public sealed record Conclusion(int MeetingId, LiveCase Heard, IReadOnlyList<LiveCase> Unmarked, HttpStatusCode Status,
        string? RedirectedTo, string MinutesPage, Inbox<string> PoliceTold, HubConnection Police, DateTime ConcludedAt, Unconfirmed Unconfirmed);

    /// <summary>The lead's first try, without ticking the confirmation: the page they got back and the meeting's state after it.</summary>
    public sealed record Unconfirmed(HttpStatusCode Status, AngleSharp.Html.Dom.IHtmlDocument Page, MeetingStatus MeetingAfter);

    public Task<Conclusion> ConcludedAsync() => _concluded.Value;

    public override async ValueTask DisposeAsync()
    {
        if (_concluded.IsValueCreated && _concluded.Value.IsCompletedSuccessfully)
        {
            await (await _concluded.Value).Police.DisposeAsync();
        }
        await base.DisposeAsync();
    }

    private async Task<Conclusion> ConcludeAsync()
    {
        var id = await MeetingIdAsync();
        foreach (var user in new[] { DemoPartnership.CoordinatorObjectId, DemoPartnership.PoliceRepresentativeObjectId, DemoPartnership.IdvaRepresentativeObjectId })
        {
            await SignAsync(user);
        }
        var cases = await CasesAsync();
        cases.Count.ShouldBeGreaterThan(1, "The meeting needs a case to mark heard and one left unmarked.");
        await using var chair = (await JoinAsync(DemoPartnership.CoordinatorObjectId)).Hub;
        (await chair.InvokeAsync<CaseOutcome>("MarkHeard", id, cases[0].AgendaItemId)).Saved.ShouldBeTrue();
        // The IDVA joins, then leaves: their leave time is already recorded and must stay as it was.
        await using (var idva = (await JoinAsync(DemoPartnership.IdvaRepresentativeObjectId)).Hub)
        {
            await idva.InvokeAsync("LeaveMeeting", id);
        }
        Clock.Advance(TimeSpan.FromMinutes(5));
        var (police, _) = await JoinAsync(DemoPartnership.PoliceRepresentativeObjectId);
        var told = police.Collect<string>(nameof(IMeetingClient.MeetingConcluded));

        using var coordinator = CreateClientAs(DemoPartnership.CoordinatorObjectId);
        using var unconfirmed = await coordinator.SubmitFormAsync($"/meetings/{id}/live", formSelector: "#conclude-meeting", submitButton: "#conclude-meeting button");
        var unconfirmedPage = await HtmlPages.ParseAsync(unconfirmed);
        var statusAfter = await WithDbAsync(db => db.Meetings.Where(m => m.Id == id).Select(m => m.Status).SingleAsync());
        using var response = await coordinator.SubmitFormAsync($"/meetings/{id}/live", [new("ConfirmEnd", "true")],
            formSelector: "#conclude-meeting", submitButton: "#conclude-meeting button");
        var target = response.RedirectTarget();
        var minutesPage = target is null ? "" : (await coordinator.GetPageAsync(target)).Body!.TextContent;
        var concludedAt = await WithDbAsync(db => db.Meetings.Where(m => m.Id == id).Select(m => m.ConcludedAt).SingleAsync());
        return new(id, cases[0], cases.Skip(1).ToList(), response.StatusCode, target, minutesPage, told, police, concludedAt ?? default,
            new Unconfirmed(unconfirmed.StatusCode, unconfirmedPage, statusAfter));
    }
}

/// <summary>The chair or coordinator concludes the meeting: cases not reached are deferred, draft minutes made, everyone told.</summary>
public sealed class ConcludeMeetingTests(ConcludedMeetingApp app) : IClassFixture<ConcludedMeetingApp>
{
    [Fact]
    public async Task Concluding_defers_every_case_not_marked_and_leaves_the_heard_case_heard()
    {
        var done = await app.ConcludedAsync();
        var items = await app.WithDbAsync(db => db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == done.MeetingId).ToListAsync());

        items.Single(i => i.Id == done.Heard.AgendaItemId).Status.ShouldBe(AgendaItemStatus.Heard);
        foreach (var unmarked in done.Unmarked)
        {
            var item = items.Single(i => i.Id == unmarked.AgendaItemId);
            item.Status.ShouldBe(AgendaItemStatus.Deferred);
            item.StatusReason.ShouldBe(LiveMessages.NotReached);
        }
        items.ShouldNotContain(i => i.Status == AgendaItemStatus.Listed);
        // No later meeting is scheduled here: deferred, the cases wait, free for the next agenda proposed.
        var referrals = done.Unmarked.Select(c => c.ReferralId).ToList();
        (await app.WithDbAsync(db => db.AgendaItems.AnyAsync(i => referrals.Contains(i.ReferralId) && i.Status == AgendaItemStatus.Listed))).ShouldBeFalse();
        (await app.WithDbAsync(db => db.Referrals.Where(r => r.Id == done.Heard.ReferralId).Select(r => r.Status).SingleAsync()))
            .ShouldBe(ReferralStatus.Heard, "a case heard is no longer waiting for a meeting");
        var meeting = await app.WithDbAsync(db => db.Meetings.AsNoTracking().SingleAsync(m => m.Id == done.MeetingId));
        meeting.Status.ShouldBe(MeetingStatus.Concluded);
        meeting.ConcludedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task Concluding_without_ticking_the_confirmation_is_refused_with_a_message_and_the_meeting_carries_on()
    {
        var done = await app.ConcludedAsync();

        done.Unconfirmed.Status.ShouldBe(HttpStatusCode.OK);
        done.Unconfirmed.MeetingAfter.ShouldBe(MeetingStatus.InProgress);
        var page = done.Unconfirmed.Page;
        page.QuerySelector(".govuk-error-summary a[href='#ConfirmEnd']")!.TextContent.ShouldBe("Confirm that you want to end the meeting");
        page.QuerySelector("#ConfirmEnd-error")!.TextContent.ShouldContain("Confirm that you want to end the meeting");
    }

    [Fact]
    public async Task Concluding_makes_the_draft_minutes_and_takes_the_lead_to_them()
    {
        var done = await app.ConcludedAsync();

        done.Status.ShouldBe(HttpStatusCode.Redirect);
        done.RedirectedTo.ShouldBe($"/minutes/{done.MeetingId}");
        done.MinutesPage.ShouldContain($"The meeting has concluded. {done.Unmarked.Count} case");
        var minutes = await app.WithDbAsync(db => db.MeetingMinutes.AsNoTracking().Where(m => m.MeetingId == done.MeetingId).ToListAsync());
        minutes.Count.ShouldBe(1);
        minutes[0].Status.ShouldBe(MinutesStatus.Draft);
        minutes[0].Number.ShouldBe(1);
    }

    [Fact]
    public async Task A_connected_representative_is_told_the_meeting_has_ended_and_can_do_nothing_more_in_it()
    {
        var done = await app.ConcludedAsync();

        (await done.PoliceTold.WaitForAsync(_ => true)).ShouldBe(LiveMessages.MeetingEnded);
        var refused = await Should.ThrowAsync<HubException>(done.Police.InvokeAsync<MeetingStateView>("GetState", done.MeetingId));
        refused.Message.ShouldContain(LiveMessages.NotOpen);
    }

    [Fact]
    public async Task Everyone_still_present_is_recorded_as_leaving_when_the_meeting_ends()
    {
        var done = await app.ConcludedAsync();
        var police = (await app.StaffAsync(DemoPartnership.PoliceRepresentativeObjectId)).Id;
        var idva = (await app.StaffAsync(DemoPartnership.IdvaRepresentativeObjectId)).Id;

        var attendances = await app.WithDbAsync(db => db.MeetingAttendances.AsNoTracking().Where(a => a.MeetingId == done.MeetingId).ToListAsync());

        attendances.ShouldAllBe(a => a.LeftAt != null);
        attendances.Single(a => a.StaffUserId == police).LeftAt.ShouldBe(done.ConcludedAt);
        attendances.Single(a => a.StaffUserId == idva).LeftAt.ShouldNotBe(done.ConcludedAt);
    }

    [Fact]
    public async Task Concluding_again_changes_nothing_and_goes_to_the_minutes()
    {
        var done = await app.ConcludedAsync();
        using var coordinator = app.CreateClientAs(DemoPartnership.CoordinatorObjectId);
        var page = await coordinator.GetPageAsync($"/meetings/{done.MeetingId}/live");
        page.QuerySelector("#conclude-meeting").ShouldBeNull();
        page.QuerySelector($"a[href='/minutes/{done.MeetingId}']").ShouldNotBeNull();

        using var again = await coordinator.PostAsync($"/meetings/{done.MeetingId}/live?handler=Conclude",
            new FormUrlEncodedContent([new(HtmlPages.AntiforgeryField, page.AntiforgeryToken())]));

        again.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        again.RedirectTarget().ShouldBe($"/minutes/{done.MeetingId}");
        (await app.WithDbAsync(db => db.MeetingMinutes.CountAsync(m => m.MeetingId == done.MeetingId))).ShouldBe(1);
        (await app.WithDbAsync(db => db.Meetings.Where(m => m.Id == done.MeetingId).Select(m => m.ConcludedAt).SingleAsync())).ShouldBe(done.ConcludedAt);
    }

    [Fact]
    public async Task The_meeting_page_and_the_finished_live_page_link_to_the_minutes()
    {
        var done = await app.ConcludedAsync();
        using var coordinator = app.CreateClientAs(DemoPartnership.CoordinatorObjectId);
        using var police = app.CreateClientAs(DemoPartnership.PoliceRepresentativeObjectId);

        var meetingPage = await coordinator.GetPageAsync($"/meetings/{done.MeetingId}");
        var finished = await police.GetPageAsync($"/meetings/{done.MeetingId}/live");

        meetingPage.QuerySelectorAll("a").ShouldContain(a => a.GetAttribute("href") == $"/minutes/{done.MeetingId}" && a.TextContent == "Minutes");
        // The representative reads issued minutes only: until then they are told who issues them.
        finished.QuerySelector($"a[href='/minutes/{done.MeetingId}']").ShouldBeNull();
        finished.Body!.TextContent.ShouldContain("The minutes will be issued by the coordinator.");
    }
}
