using System.Net;
using System.Security.Claims;
using Marac.Data;
using Marac.Data.Entities;
using Marac.Web.Features.Minutes;
using Marac.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Marac.Web.Tests.Minutes.LiveMeetingTestData;

namespace Marac.Web.Tests.Minutes;

public sealed class MinutesTests(MaracWebFactory app) : IClassFixture<MaracWebFactory>
{
    private DateTime Yesterday => UkTime.Now(app.Clock).Date.AddDays(-1).AddHours(10);

    [Fact]
    public async Task Each_agency_reads_only_what_its_grants_allow_and_nobody_reads_locations()
    {
        var meeting = await app.ConcludedMeetingAsync(Yesterday);
        await ProduceApproveAndIssueAsync(meeting.MeetingId);
        var mark = await app.LastAuditSequenceAsync();

        var police = await ReadAsync(DemoUsers.For(AppRoles.AgencyRepresentative).ObjectId, meeting.MeetingId);
        var housing = await ReadAsync(DemoUsers.Find("Housing representative").ObjectId, meeting.MeetingId);
        var coordinator = await ReadAsync(DemoUsers.For(AppRoles.Coordinator).ObjectId, meeting.MeetingId);

        police.ShouldContain(meeting.FirstReference);
        police.ShouldContain("withheld: Risk");
        police.ShouldNotContain(RiskSummary);
        police.ShouldContain("Flag the address");
        housing.ShouldContain(RiskSummary);
        housing.ShouldContain("Police attended twice in March");
        foreach (var copy in new[] { police, housing, coordinator })
        {
            copy.ShouldContain(MinutesMarking.Text);
            copy.ShouldNotContain("Acacia");
            copy.ShouldNotContain("CV1 2AB");
            copy.ShouldNotContain("Proposed and declined");
        }
        var deferred = await app.WithDbAsync(db => db.Referrals.Where(r => r.Id == meeting.SecondReferralId).Select(r => r.Reference).SingleAsync());
        coordinator.ShouldContain(deferred);
        coordinator.ShouldContain("The referrer was not present");
        police.ShouldNotContain(deferred);

        var audits = await app.AuditEventsAfterAsync(mark);
        var policeUser = await app.StaffAsync(DemoUsers.For(AppRoles.AgencyRepresentative).ObjectId);
        var policeRead = audits.Single(e => e.UserId == policeUser.Id && e.ReferralId == meeting.FirstReferralId);
        policeRead.Outcome.ShouldBe($"minutes of meeting {meeting.MeetingId}");
        policeRead.WithheldCategories!.ShouldContain("Risk");
        policeRead.GrantId.ShouldNotBeNull();
        audits.ShouldNotContain(e => e.UserId == policeUser.Id && e.ReferralId == meeting.SecondReferralId);
    }

    [Fact]
    public async Task Representatives_see_issued_minutes_only_and_are_told_without_case_details()
    {
        var meeting = await app.ConcludedMeetingAsync(Yesterday);
        using var police = app.CreateClientAs(AppRoles.AgencyRepresentative);
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);
        using var chair = app.CreateClientAs(AppRoles.Chair);
        var url = $"/minutes/{meeting.MeetingId}";

        (await coordinator.SubmitFormAsync(url, formSelector: "#produce-draft")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await police.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await coordinator.GetPageAsync(url)).QuerySelector("#issue-minutes").ShouldBeNull("the chair approves before the coordinator can issue");
        (await coordinator.GetPageAsync(url)).QuerySelector("#approve-minutes").ShouldBeNull("only the chair approves");
        (await chair.SubmitFormAsync(url, formSelector: "#approve-minutes")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await police.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await coordinator.SubmitFormAsync(url, formSelector: "#issue-minutes")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await police.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var minutes = await app.WithDbAsync(db => db.MeetingMinutes.AsNoTracking().SingleAsync(m => m.MeetingId == meeting.MeetingId));
        minutes.Status.ShouldBe(MinutesStatus.Issued);
        minutes.ApprovedByUserId.ShouldBe((await app.StaffAsync(DemoUsers.For(AppRoles.Chair).ObjectId)).Id);
        var told = await app.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.Link == url).ToListAsync());
        var agencies = await app.WithDbAsync(db => db.StaffUsers.Where(u => told.Select(n => n.StaffUserId).Contains(u.Id)).Select(u => u.AgencyId).Distinct().ToListAsync());
        agencies.ShouldBe([meeting.PoliceAgencyId, meeting.HousingAgencyId, (await app.StaffAsync(DemoUsers.Find("Health representative").ObjectId)).AgencyId], ignoreOrder: true);
        told.ShouldAllBe(n => !n.Text.Contains(meeting.FirstReference));
        var mail = Directory.GetFiles(app.MailFolder, "*.eml").Select(File.ReadAllText).Where(m => m.Contains(url)).ToList();
        mail.ShouldNotBeEmpty();
        mail.ShouldAllBe(m => !m.Contains(meeting.FirstReference) && !m.Contains("Acacia"));
    }

    [Fact]
    public async Task A_correction_makes_a_new_version_with_its_reason_and_tells_the_agencies_when_issued()
    {
        var meeting = await app.ConcludedMeetingAsync(Yesterday);
        await ProduceApproveAndIssueAsync(meeting.MeetingId);
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);
        var correct = $"/minutes/{meeting.MeetingId}/correct";

        using var empty = await coordinator.SubmitFormAsync(correct, [new("Reason", " ")], formSelector: "#correct-minutes");
        empty.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await HtmlPages.ParseAsync(empty)).QuerySelector("#Reason-error")!.TextContent.ShouldContain("Enter why the minutes need correcting");
        using var corrected = await coordinator.SubmitFormAsync(correct, [new("Reason", "The due date of an action was wrong")], formSelector: "#correct-minutes");
        corrected.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var versions = await app.WithDbAsync(db => db.MeetingMinutes.AsNoTracking().Where(m => m.MeetingId == meeting.MeetingId).OrderBy(m => m.Number).ToListAsync());
        versions.Select(v => (v.Number, v.Status)).ShouldBe([(1, MinutesStatus.Issued), (2, MinutesStatus.Draft)]);
        versions[1].CorrectionReason.ShouldBe("The due date of an action was wrong");
        (await ReadAsync(DemoUsers.For(AppRoles.AgencyRepresentative).ObjectId, meeting.MeetingId)).ShouldContain("Issued");

        await ApproveAndIssueAsync(meeting.MeetingId);
        var told = await app.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.Link == $"/minutes/{meeting.MeetingId}" && n.Text.StartsWith("Corrected minutes (version 2)")).CountAsync());
        told.ShouldBeGreaterThan(0);
        (await ReadAsync(DemoUsers.For(AppRoles.AgencyRepresentative).ObjectId, meeting.MeetingId)).ShouldContain("The due date of an action was wrong");
    }

    [Fact]
    public async Task The_deadline_counts_working_days_and_skips_a_bank_holiday()
    {
        var monday = await app.WithDbAsync(db => db.BankHolidays.AsNoTracking().Select(h => h.Date).ToListAsync())
            .ContinueWith(t => t.Result.Where(d => d.DayOfWeek == DayOfWeek.Monday && d.Year >= 2020).Order().First(), TaskScheduler.Default);
        var friday = monday.AddDays(-3);
        var meeting = await app.ConcludedMeetingAsync(friday.ToDateTime(new TimeOnly(10, 0)));

        var draft = await WithMinutesServiceAsync(s => s.CreateDraftAsync(meeting.MeetingId, new ClaimsPrincipal()));
        var again = await WithMinutesServiceAsync(s => s.CreateDraftAsync(meeting.MeetingId, new ClaimsPrincipal()));

        draft!.Number.ShouldBe(1);
        draft.Status.ShouldBe(MinutesStatus.Draft);
        draft.IssueBy.ShouldBe(friday.AddDays(6), "Tuesday, Wednesday and Thursday: the weekend and the bank holiday Monday do not count");
        again!.Id.ShouldBe(draft.Id, "a second call finds the draft instead of making another");
    }

    [Fact]
    public async Task Minutes_due_within_a_working_day_are_flagged_and_coordinators_told_once()
    {
        var meeting = await app.ConcludedMeetingAsync(UkTime.Now(app.Clock).Date.AddDays(-8).AddHours(10));
        await WithMinutesServiceAsync(s => s.CreateDraftAsync(meeting.MeetingId, new ClaimsPrincipal()));
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);

        var list = await coordinator.GetPageAsync("/minutes");
        await coordinator.GetPageAsync("/minutes");

        var row = list.QuerySelectorAll("#to-issue + table tr").Single(r => r.InnerHtml.Contains($"/minutes/{meeting.MeetingId}\""));
        row.TextContent.ShouldContain("Overdue");
        var coordinatorId = (await app.StaffAsync(DemoUsers.For(AppRoles.Coordinator).ObjectId)).Id;
        var reminders = await app.WithDbAsync(db => db.Notifications.AsNoTracking()
            .Where(n => n.StaffUserId == coordinatorId && n.Link == $"/minutes/{meeting.MeetingId}").ToListAsync());
        reminders.Count.ShouldBe(1);
        reminders[0].Text.ShouldContain("must be issued by");
    }

    private async Task ProduceApproveAndIssueAsync(int meetingId)
    {
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);
        (await coordinator.SubmitFormAsync($"/minutes/{meetingId}", formSelector: "#produce-draft")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await ApproveAndIssueAsync(meetingId);
    }

    private async Task ApproveAndIssueAsync(int meetingId)
    {
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);
        using var chair = app.CreateClientAs(AppRoles.Chair);
        (await chair.SubmitFormAsync($"/minutes/{meetingId}", formSelector: "#approve-minutes")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await coordinator.SubmitFormAsync($"/minutes/{meetingId}", formSelector: "#issue-minutes")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private async Task<string> ReadAsync(Guid objectId, int meetingId)
    {
        using var client = app.CreateClientAs(objectId);
        using var response = await client.GetAsync($"/minutes/{meetingId}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private async Task<T> WithMinutesServiceAsync<T>(Func<MinutesService, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<MinutesService>());
    }
}
