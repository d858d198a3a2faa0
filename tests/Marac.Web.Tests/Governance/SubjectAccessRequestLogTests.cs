using AngleSharp.Html.Dom;
using Marac.Data;
using Marac.Data.Entities;
using Marac.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Marac.Web.Tests.Administration.AdminTestData;

namespace Marac.Web.Tests.Governance;

/// <summary>
/// The log of subject access requests: a coordinator records one with the date received, sees when its answer is due
/// (one calendar month on, by the ICO's guidance), extends it by at most two further months, marks it answered, and
/// is reminded on the subject access page of requests falling due.
/// </summary>
[Collection(SharedAppCollection.Name)]
public sealed class SubjectAccessRequestLogTests(MaracWebFactory app)
{
    private const string Url = "/governance/subject-access/requests";
    private const string RecordForm = "#record-request";

    private static string Reference() => "T-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    private static IEnumerable<KeyValuePair<string, string>> Date(string field, DateOnly date) =>
        [Field($"{field}.Day", date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture)),
         Field($"{field}.Month", date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture)),
         Field($"{field}.Year", date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    private async Task<string> RecordAsync(HttpClient coordinator, string reference, DateOnly received)
    {
        using var response = await coordinator.SubmitFormAsync(Url, [Field("Reference", reference), .. Date("ReceivedOn", received)], RecordForm);
        ((int)response.StatusCode).ShouldBe(302, "the request should be recorded");
        return response.RedirectTarget()!;
    }

    [Fact]
    public async Task A_request_missing_its_reference_and_date_is_refused_with_messages_and_what_was_typed_is_kept()
    {
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);

        using var empty = await coordinator.SubmitFormAsync(Url, [Field("Reference", "")], RecordForm);
        var page = await empty.ShouldRedisplayAsync();
        page.ErrorSummary().ShouldContain("Enter the request's reference");
        page.ErrorSummary().ShouldContain("Enter the date the request was received");
        page.FieldError("Reference").ShouldBe("Enter the request's reference");

        var reference = Reference();
        using var future = await coordinator.SubmitFormAsync(Url, [Field("Reference", reference), .. Date("ReceivedOn", UkTime.Today(app.Clock).AddDays(2))], RecordForm);
        var again = await future.ShouldRedisplayAsync();
        again.ErrorSummary().ShouldContain("The date received must be today or in the past");
        again.ValueOf("Reference").ShouldBe(reference);
        (await app.WithDbAsync(db => db.SubjectAccessRequests.AnyAsync(r => r.Reference == reference))).ShouldBeFalse();
    }

    [Fact]
    public async Task A_recorded_request_is_due_one_calendar_month_on_and_can_be_extended_once_by_at_most_two_further_months()
    {
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);
        var reference = Reference();
        var before = await app.LastAuditSequenceAsync();

        // 3 November 2026 to 3 December 2026, a Thursday and no bank holiday; at most 3 February 2027, a Wednesday.
        var requestUrl = await RecordAsync(coordinator, reference, new DateOnly(2026, 11, 3));
        var page = await coordinator.GetPageAsync(requestUrl);
        page.QuerySelector("#due-on")!.TextContent.Trim().ShouldBe("3 Dec 2026");

        using var tooLong = await coordinator.SubmitFormAsync(page, requestUrl,
            [.. Date("ExtendTo", new DateOnly(2027, 2, 4)), Field("ExtensionReason", "records held by five agencies")], "#extend-request");
        var refused = await tooLong.ShouldRedisplayAsync();
        refused.ErrorSummary().ShouldContain("no later than 3 Feb 2027");
        refused.QuerySelector("#ExtensionReason")!.TextContent.Trim().ShouldBe("records held by five agencies");

        using var extended = await coordinator.SubmitFormAsync(refused, requestUrl,
            [.. Date("ExtendTo", new DateOnly(2027, 2, 3)), Field("ExtensionReason", "records held by five agencies")], "#extend-request");
        extended.ShouldRedirectTo(requestUrl);
        var shown = await coordinator.GetPageAsync(requestUrl);
        shown.QuerySelector("#due-on")!.TextContent.Trim().ShouldBe("3 Feb 2027");
        shown.QuerySelector("#extension")!.TextContent.ShouldContain("From 3 Dec 2026: records held by five agencies");
        shown.QuerySelector("#extend-request").ShouldBeNull("a request is extended once");

        var audited = await app.WithDbAsync(db => db.AuditEvents.Where(e => e.Sequence > before && e.EntityType == nameof(SubjectAccessRequest))
            .Select(e => e.Action).ToListAsync());
        audited.ShouldBe([AuditAction.Create, AuditAction.Change], "recording and extending are each in the audit trail");
    }

    [Fact]
    public async Task An_answer_dated_before_the_request_arrived_is_refused_and_an_answered_request_says_so()
    {
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);
        var received = UkTime.Today(app.Clock).AddDays(-10);
        var requestUrl = await RecordAsync(coordinator, Reference(), received);

        using var early = await coordinator.SubmitFormAsync(requestUrl, [.. Date("AnsweredOn", received.AddDays(-1))], "#answer-request");
        (await early.ShouldRedisplayAsync()).ErrorSummary().ShouldContain("must be on or after");

        using var answered = await coordinator.SubmitFormAsync(requestUrl, [.. Date("AnsweredOn", received.AddDays(2))], "#answer-request");
        answered.ShouldRedirectTo(requestUrl);
        var page = await coordinator.GetPageAsync(requestUrl);
        page.QuerySelector("#request-status")!.TextContent.ShouldStartWith("Answered");
        page.QuerySelector("#answer-request").ShouldBeNull();
    }

    [Fact]
    public async Task A_request_falling_due_within_a_week_is_flagged_in_the_log_and_reminded_on_the_subject_access_page()
    {
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);
        var today = UkTime.Today(app.Clock);
        var holidays = (await app.WithDbAsync(db => db.BankHolidays.Select(h => h.Date).ToListAsync())).ToHashSet();
        // Received a month less three days ago: due in three days, or on the working day after.
        var received = today.AddDays(3).AddMonths(-1);
        var due = received.AddMonths(1);
        while (due.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || holidays.Contains(due))
        {
            due = due.AddDays(1);
        }
        var reference = Reference();
        await RecordAsync(coordinator, reference, received);

        var log = await coordinator.GetPageAsync(Url);
        var row = log.QuerySelectorAll("#requests tbody tr").Single(r => r.TextContent.Contains(reference, StringComparison.Ordinal));
        row.QuerySelector(".govuk-tag")!.TextContent.Trim().ShouldBe($"Due in {due.DayNumber - today.DayNumber} days");

        var helper = await coordinator.GetPageAsync("/governance/subject-access");
        helper.QuerySelector("#request-reminders")!.TextContent.ShouldContain("due within 7 days");
    }

    [Fact]
    public async Task The_demo_partnership_has_requests_answered_extended_falling_due_and_just_received()
    {
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);

        var statuses = (await coordinator.GetPageAsync(Url)).QuerySelectorAll("#requests tbody tr")
            .Where(r => r.TextContent.Contains("SAR-", StringComparison.Ordinal))
            .Select(r => r.QuerySelector(".govuk-tag")!.TextContent.Trim()).ToList();

        statuses.ShouldContain(s => s.StartsWith("Answered", StringComparison.Ordinal));
        statuses.ShouldContain(s => s.StartsWith("Due in", StringComparison.Ordinal));
        statuses.Count(s => s == "Open").ShouldBe(2, "the extended request and the one just received");
    }
}
