using Marac.Data.Meetings;

namespace Marac.Data.Entities;

/// <summary>
/// A subject access request received by the partnership (UK GDPR Article 15): when it came, when the answer is
/// due, any extension and when it was answered. It holds the partnership's own reference, never the requester's
/// name, so the log can be read without opening anyone's case.
/// </summary>
public class SubjectAccessRequest
{
    public int Id { get; private set; }
    public string Reference { get; private set; } = "";
    public DateOnly ReceivedOn { get; private set; }
    public DateOnly DueOn { get; private set; }
    public DateOnly? ExtendedFrom { get; private set; }
    public string? ExtensionReason { get; private set; }
    public DateOnly? AnsweredOn { get; private set; }
    public DateTime RecordedAt { get; private set; }
    public int? RecordedByUserId { get; private set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public bool IsAnswered => AnsweredOn is not null;

    public static SubjectAccessRequest Record(string reference, DateOnly receivedOn, IReadOnlySet<DateOnly> bankHolidays, int? userId, DateTime now) =>
        new()
        {
            Reference = reference, ReceivedOn = receivedOn, DueOn = SubjectAccessTimeLimit.DueOn(receivedOn, bankHolidays),
            RecordedAt = now, RecordedByUserId = userId,
        };

    /// <summary>A complex or numerous request: the answer may be put back, once, up to two further months.</summary>
    public void Extend(DateOnly to, string reason)
    {
        if (IsAnswered || ExtendedFrom is not null)
        {
            throw new InvalidOperationException("Only an open request not yet extended can be extended.");
        }
        (ExtendedFrom, DueOn, ExtensionReason) = (DueOn, to, reason);
    }

    public void Answer(DateOnly on)
    {
        if (IsAnswered)
        {
            throw new InvalidOperationException("The request is answered already.");
        }
        AnsweredOn = on;
    }
}

/// <summary>
/// The time limit of UK GDPR Article 12(3) as the ICO explains it: one calendar month from the day of receipt to
/// the corresponding date of the next month (the month's last day where there is none), moved to the next working
/// day when that is a weekend or bank holiday; extendable by two further months.
/// </summary>
public static class SubjectAccessTimeLimit
{
    public const int ExtensionMonths = 2;

    public static DateOnly DueOn(DateOnly receivedOn, IReadOnlySet<DateOnly> bankHolidays) => NextWorkingDay(receivedOn.AddMonths(1), bankHolidays);

    public static DateOnly LatestExtension(DateOnly receivedOn, IReadOnlySet<DateOnly> bankHolidays) =>
        NextWorkingDay(receivedOn.AddMonths(1 + ExtensionMonths), bankHolidays);

    private static DateOnly NextWorkingDay(DateOnly day, IReadOnlySet<DateOnly> bankHolidays)
    {
        while (!WorkingDays.IsWorkingDay(day, bankHolidays))
        {
            day = day.AddDays(1);
        }
        return day;
    }
}
