using Marac.Data.Entities;

namespace Marac.Data.Tests.Governance;

/// <summary>
/// The time limit for answering a subject access request, as the ICO's guidance on the right of access states it:
/// one calendar month from the day of receipt to the corresponding date of the next month; the last day of that
/// month where there is no corresponding date; the next working day where the date is a weekend or bank holiday;
/// extendable by two further months. The dates below were worked out by hand from that guidance.
/// </summary>
public sealed class SubjectAccessTimeLimitTests
{
    private static readonly HashSet<DateOnly> Christmas2026 = [new(2026, 12, 25), new(2026, 12, 28)];

    [Theory]
    [InlineData("2026-11-03", "2026-12-03")] // Tuesday to Thursday: the corresponding date
    [InlineData("2025-01-31", "2025-02-28")] // no 31 February: the last day of the month, a Friday
    [InlineData("2026-01-31", "2026-03-02")] // 28 February 2026 is a Saturday: the Monday after
    [InlineData("2026-10-14", "2026-11-16")] // 14 November 2026 is a Saturday
    [InlineData("2026-11-25", "2026-12-29")] // Christmas Day, the weekend, then the Boxing Day substitute holiday
    public void The_answer_is_due_one_calendar_month_on_or_the_next_working_day(string received, string due) =>
        SubjectAccessTimeLimit.DueOn(DateOnly.Parse(received), Christmas2026).ShouldBe(DateOnly.Parse(due));

    [Fact]
    public void An_extension_reaches_at_most_two_further_months()
    {
        SubjectAccessTimeLimit.LatestExtension(new DateOnly(2026, 11, 3), Christmas2026).ShouldBe(new DateOnly(2027, 2, 3));
    }

    [Fact]
    public void A_request_is_extended_once_and_answered_once()
    {
        var request = SubjectAccessRequest.Record("SAR-1", new DateOnly(2026, 11, 3), Christmas2026, null, DateTime.UtcNow);
        request.Extend(new DateOnly(2027, 1, 15), "five agencies hold records");

        (request.ExtendedFrom, request.DueOn).ShouldBe((new DateOnly(2026, 12, 3), new DateOnly(2027, 1, 15)));
        Should.Throw<InvalidOperationException>(() => request.Extend(new DateOnly(2027, 2, 1), "again"));
        request.Answer(new DateOnly(2027, 1, 10));
        Should.Throw<InvalidOperationException>(() => request.Answer(new DateOnly(2027, 1, 11)));
    }
}
