using System.Net;
using Marac.Data.Entities;
using Marac.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Marac.Web.Tests.Administration.AdminTestData;
using static Marac.Web.Tests.Meetings.MeetingTestData;

namespace Marac.Web.Tests.LiveMeeting;

/// <summary>
/// Opening a meeting more than an hour before its start (a meeting four days ahead opened by mistake) asks the lead to
/// confirm; within the hour it opens at once. An app of its own, because one test moves its clock.
/// </summary>
public sealed class OpenEarlyTests(MaracWebFactory app) : IClassFixture<MaracWebFactory>
{
    private const string Confirm = "Confirm that you want to open the meeting before its start time";

    [Fact]
    public async Task A_meeting_months_ahead_is_opened_only_once_the_lead_confirms()
    {
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);
        var id = await PublishedMeetingAsync(coordinator);
        var page = await coordinator.GetPageAsync($"/meetings/{id}/live");
        page.QuerySelector("#opens-early")!.TextContent.ShouldContain("This meeting is due to start on");

        using var unconfirmed = await coordinator.SubmitFormAsync(page, $"/meetings/{id}/live", [], "#open-meeting", "#open-meeting button");
        (await unconfirmed.ShouldRedisplayAsync()).ErrorSummary().ShouldContain(Confirm);
        (await app.MeetingAsync(id)).Status.ShouldBe(MeetingStatus.Published);

        using var confirmed = await coordinator.SubmitFormAsync(page, $"/meetings/{id}/live", [Field("ConfirmEarlyOpen", "true")], "#open-meeting", "#open-meeting button");
        confirmed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.MeetingAsync(id)).Status.ShouldBe(MeetingStatus.InProgress);
    }

    [Fact]
    public async Task Within_the_hour_before_its_start_a_meeting_opens_without_a_question()
    {
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);
        var id = await PublishedMeetingAsync(coordinator);
        var startsAt = (await app.MeetingAsync(id)).StartsAt;
        var halfAnHourBefore = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(startsAt.AddMinutes(-30), DateTimeKind.Unspecified),
            TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
        app.Clock.Advance(halfAnHourBefore - app.Clock.GetUtcNow().UtcDateTime);

        var page = await coordinator.GetPageAsync($"/meetings/{id}/live");
        page.QuerySelector("#opens-early").ShouldBeNull();
        using var opened = await coordinator.SubmitFormAsync(page, $"/meetings/{id}/live", [], "#open-meeting", "#open-meeting button");

        opened.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.MeetingAsync(id)).Status.ShouldBe(MeetingStatus.InProgress);
    }

    /// <summary>A meeting ten weeks after the last one scheduled, its agenda proposed and published.</summary>
    private async Task<int> PublishedMeetingAsync(HttpClient coordinator)
    {
        var latest = await app.WithDbAsync(db => db.Meetings.MaxAsync(m => m.StartsAt));
        using var scheduled = await coordinator.SubmitMainFormAsync("/meetings/new", ScheduleFields(DateOnly.FromDateTime(latest).AddDays(70)));
        scheduled.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = IdFrom(scheduled.RedirectTarget());
        using var proposed = await coordinator.SubmitFormAsync($"/meetings/{id}", formSelector: "#propose-agenda");
        using var published = await coordinator.SubmitFormAsync($"/meetings/{id}", formSelector: "#publish-agenda");
        published.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return id;
    }
}
