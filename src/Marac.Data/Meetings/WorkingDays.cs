namespace Marac.Data.Meetings;

/// <summary>Working-day arithmetic: weekends and the bank holidays given are not working days.</summary>
public static class WorkingDays
{
    public const int DefaultCutOff = 8;

    public static bool IsWorkingDay(DateOnly date, IReadOnlySet<DateOnly> bankHolidays) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !bankHolidays.Contains(date);

    /// <summary>
    /// The last day a referral can arrive to be heard at a meeting on <paramref name="meetingDate"/>:
    /// the working day <paramref name="workingDays"/> working days before it.
    /// </summary>
    public static DateOnly CutOff(DateOnly meetingDate, int workingDays, IReadOnlySet<DateOnly> bankHolidays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = meetingDate;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(-1);
            if (IsWorkingDay(day, bankHolidays))
            {
                counted++;
            }
        }
        return day;
    }

    /// <summary>
    /// The working day <paramref name="workingDays"/> working days after <paramref name="date"/> (such as
    /// the day by which a meeting's minutes must be issued).
    /// </summary>
    public static DateOnly After(DateOnly date, int workingDays, IReadOnlySet<DateOnly> bankHolidays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = date;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day, bankHolidays))
            {
                counted++;
            }
        }
        return day;
    }
}
