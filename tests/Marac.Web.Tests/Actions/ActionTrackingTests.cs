using System.Net;
using Marac.Data;
using Marac.Data.Entities;
using Marac.Web.Tests.Infrastructure;
using Marac.Web.Tests.Minutes;
using Microsoft.EntityFrameworkCore;
using static Marac.Web.Tests.Minutes.LiveMeetingTestData;

namespace Marac.Web.Tests.Actions;

public sealed class ActionTrackingTests(MaracWebFactory app) : IClassFixture<MaracWebFactory>
{
    private DateTime DaysAgo(int days) => UkTime.Now(app.Clock).Date.AddDays(-days).AddHours(10);

    [Fact]
    public async Task After_the_grant_expires_the_agency_still_sees_its_open_actions_with_four_fields_only()
    {
        var meeting = await app.ConcludedMeetingAsync(DaysAgo(40), grantDays: -1);
        using var police = app.CreateClientAs(AppRoles.AgencyRepresentative);

        var page = await police.GetPageAsync("/actions");

        var row = page.QuerySelectorAll("#open-actions tbody tr").Single(r => r.InnerHtml.Contains($"/actions/{meeting.PoliceActionId}"));
        row.QuerySelector("th")!.TextContent.ShouldBe(meeting.FirstReference);
        row.TextContent.ShouldContain("Flag the address");
        row.TextContent.ShouldNotContain("Acacia");
        row.TextContent.ShouldNotContain("Linked risk");
        row.TextContent.ShouldContain("Open");
        row.QuerySelectorAll("td").Length.ShouldBe(4, "action, due date, status and the update link beside the reference");
    }

    [Fact]
    public async Task Under_a_live_grant_with_risk_the_linked_risk_is_shown_too()
    {
        var meeting = await app.ConcludedMeetingAsync(DaysAgo(2));
        var id = await AddActionAsync(meeting, meeting.HousingAgencyId, DateOnly.FromDateTime(DaysAgo(-10)));
        using var housing = app.CreateClientAs(DemoUsers.Find("Housing representative").ObjectId);

        var page = await housing.GetPageAsync("/actions");

        var row = page.QuerySelectorAll("#open-actions tbody tr").Single(r => r.InnerHtml.Contains($"/actions/{id}"));
        row.TextContent.ShouldContain("Linked risk: Stalking");
        page.Body!.InnerHtml.ShouldNotContain(meeting.PoliceActionId.ToString(), Case.Insensitive, "another agency's action");
        (await housing.GetAsync($"/actions/{meeting.PoliceActionId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("NotDone", "WhyNotDone", "Enter why the action was not done")]
    [InlineData("NotPossible", "WhatChanged", "Enter what changed to make the action not possible")]
    public async Task Not_done_and_not_possible_need_a_reason(string status, string field, string message)
    {
        var meeting = await app.ConcludedMeetingAsync(DaysAgo(3));
        using var police = app.CreateClientAs(AppRoles.AgencyRepresentative);
        var url = $"/actions/{meeting.PoliceActionId}";

        using var response = await police.SubmitFormAsync(url, [new("Status", status), new(field, "  ")], formSelector: "#update-action");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlPages.ParseAsync(response);
        page.QuerySelector($"#{field}-error")!.TextContent.ShouldContain(message);
        page.QuerySelector(".govuk-error-summary")!.TextContent.ShouldContain(message);
        page.QuerySelector($"#update-action input[value='{status}']")!.HasAttribute("checked").ShouldBeTrue("the choice made is kept");
        (await ActionAsync(meeting.PoliceActionId)).Status.ShouldBe(MeetingActionStatus.Open);
    }

    [Fact]
    public async Task An_update_is_saved_with_its_reason_and_the_action_leaves_the_open_list()
    {
        var meeting = await app.ConcludedMeetingAsync(DaysAgo(4));
        using var police = app.CreateClientAs(AppRoles.AgencyRepresentative);

        using var response = await police.SubmitFormAsync($"/actions/{meeting.PoliceActionId}",
            [new("Status", "NotPossible"), new("WhatChanged", "She moved out of the area")], formSelector: "#update-action");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var action = await ActionAsync(meeting.PoliceActionId);
        action.Status.ShouldBe(MeetingActionStatus.NotPossible);
        action.StatusNote.ShouldBe("She moved out of the area");
        action.StatusUpdatedByUserId.ShouldBe((await app.StaffAsync(DemoUsers.For(AppRoles.AgencyRepresentative).ObjectId)).Id);
        (await police.GetAsync($"/actions/{meeting.PoliceActionId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_second_update_from_an_old_form_is_a_conflict_and_overwrites_nothing()
    {
        var meeting = await app.ConcludedMeetingAsync(DaysAgo(5));
        var url = $"/actions/{meeting.PoliceActionId}";
        using var first = app.CreateClientAs(AppRoles.AgencyRepresentative);
        using var second = app.CreateClientAs(AppRoles.AgencyRepresentative);
        var stale = await second.GetPageAsync(url);

        (await first.SubmitFormAsync(url, [new("Status", "Done")], formSelector: "#update-action")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var response = await second.SubmitFormAsync(stale, url, [new("Status", "NotDone"), new("WhyNotDone", "No capacity")], formSelector: "#update-action");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlPages.ParseAsync(response);
        page.QuerySelector(".govuk-error-summary")!.TextContent.ShouldContain("Someone else in your agency updated this action");
        page.QuerySelector("#current-status")!.TextContent.ShouldContain("Done");
        var action = await ActionAsync(meeting.PoliceActionId);
        action.Status.ShouldBe(MeetingActionStatus.Done);
        action.StatusNote.ShouldBeNull();
    }

    [Fact]
    public async Task Coordinators_see_overdue_actions_and_persistent_non_completion_by_agency()
    {
        var meeting = await app.ConcludedMeetingAsync(DaysAgo(30));
        var overdueOn = DateOnly.FromDateTime(DaysAgo(3));
        var overdue = await AddActionAsync(meeting, meeting.HousingAgencyId, overdueOn);
        await AddActionAsync(meeting, meeting.HousingAgencyId, overdueOn, MeetingActionStatus.NotDone);
        await AddActionAsync(meeting, meeting.HousingAgencyId, overdueOn, MeetingActionStatus.NotDone);
        await AddActionAsync(meeting, meeting.HousingAgencyId, overdueOn, MeetingActionStatus.Done);
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);

        var page = await coordinator.GetPageAsync("/actions/overview");

        var rows = page.QuerySelectorAll("#overdue-actions tbody tr").Where(r => r.TextContent.Contains(meeting.FirstReference)).ToList();
        rows.ShouldNotBeEmpty();
        rows.ShouldAllBe(r => r.TextContent.Contains("Overdue"));
        page.Body!.TextContent.ShouldNotContain("Acacia");
        var housingName = (await app.StaffAsync(DemoUsers.Find("Housing representative").ObjectId)).Agency!.Name;
        var housingRow = page.QuerySelectorAll("#completion-by-agency tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains(housingName));
        housingRow.TextContent.ShouldContain("Persistent non-completion");
        (await app.WithDbAsync(db => db.MeetingActions.AnyAsync(a => a.Id == overdue))).ShouldBeTrue();
    }

    private async Task<Guid> AddActionAsync(ConcludedMeeting meeting, int agencyId, DateOnly due, MeetingActionStatus status = MeetingActionStatus.Open)
    {
        var action = LiveMeetingTestData.Action(meeting.MeetingId, meeting.FirstReferralId, agencyId, ActionText, due, status, app.Clock.GetUtcNow().UtcDateTime);
        await app.WithDbAsync(async db =>
        {
            db.MeetingActions.Add(action);
            await db.SaveChangesAsync();
        });
        return action.Id;
    }

    private Task<MeetingAction> ActionAsync(Guid id) => app.WithDbAsync(db => db.MeetingActions.AsNoTracking().SingleAsync(a => a.Id == id));
}
