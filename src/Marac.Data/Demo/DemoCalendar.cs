using Marac.Data.Reference;

namespace Marac.Data.Demo;

/// <summary>When the demo MARAC meets, and the date arithmetic the generator shares.</summary>
internal static class DemoCalendar
{
    public static readonly DateOnly FirstMeeting = new(2015, 7, 2);
    public static readonly TimeOnly MeetingTime = new(9, 30);

    private static readonly TimeZoneInfo UkZone = FindUkZone();

    /// <summary>The SafeLives year (July to June) a date falls in, named by the year it starts.</summary>
    public static int SafeLivesYear(DateOnly date) => date.Month >= 7 ? date.Year : date.Year - 1;

    /// <summary>Every Thursday from July of <paramref name="year"/> to June of the next year, bank holidays excepted.</summary>
    public static List<DateOnly> MeetingDatesInSafeLivesYear(int year) =>
        Thursdays(new DateOnly(year, 7, 1), new DateOnly(year + 1, 6, 30)).Where(d => d >= FirstMeeting).ToList();

    /// <summary>The next <paramref name="count"/> meeting dates on or after <paramref name="today"/>.</summary>
    public static List<DateOnly> UpcomingMeetingDates(DateOnly today, int count) =>
        Thursdays(today, today.AddDays(7 * count + 28)).Take(count).ToList();

    public static DateTime MeetingStart(DateOnly date) => date.ToDateTime(MeetingTime, DateTimeKind.Unspecified);

    /// <summary>UTC for a UK local wall-clock time.</summary>
    public static DateTime UkToUtc(DateOnly date, TimeOnly time) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(time, DateTimeKind.Unspecified), UkZone);

    /// <summary>Whole years of age on a date.</summary>
    public static int AgeOn(DateOnly dateOfBirth, DateOnly on)
    {
        var age = on.Year - dateOfBirth.Year;
        return dateOfBirth.AddYears(age) > on ? age - 1 : age;
    }

    /// <summary>A date of birth giving exactly <paramref name="age"/> years on <paramref name="on"/>.</summary>
    public static DateOnly BirthDateFor(int age, DateOnly on, DemoRandom random) =>
        on.AddYears(-age).AddDays(-random.Between(1, 355));

    private static IEnumerable<DateOnly> Thursdays(DateOnly from, DateOnly to)
    {
        var day = from;
        while (day.DayOfWeek != DayOfWeek.Thursday)
        {
            day = day.AddDays(1);
        }
        for (; day <= to; day = day.AddDays(7))
        {
            if (!BankHolidays.IsBankHoliday(day))
            {
                yield return day;
            }
        }
    }

    private static TimeZoneInfo FindUkZone()
    {
        foreach (var id in new[] { "Europe/London", "GMT Standard Time" })
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
            {
                return zone;
            }
        }
        return TimeZoneInfo.Utc;
    }
}
