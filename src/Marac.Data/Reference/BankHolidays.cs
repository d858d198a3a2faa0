namespace Marac.Data.Reference;

/// <summary>A bank holiday in England and Wales.</summary>
public readonly record struct BankHolidayDate(DateOnly Date, string Name);

/// <summary>
/// England and Wales bank holidays, computed from the rules (with the moved and one-off days of
/// recent years) so that working-day arithmetic needs no download.
/// </summary>
public static class BankHolidays
{
    public const int FirstYear = 2015;
    public const int LastYear = 2035;

    /// <summary>Every bank holiday from <see cref="FirstYear"/> to <see cref="LastYear"/>, in date order.</summary>
    public static IReadOnlyList<BankHolidayDate> All { get; } =
        Enumerable.Range(FirstYear, LastYear - FirstYear + 1).SelectMany(For).ToList();

    private static readonly HashSet<DateOnly> AllDates = All.Select(h => h.Date).ToHashSet();

    public static bool IsBankHoliday(DateOnly date) => AllDates.Contains(date);

    /// <summary>The bank holidays of one year, in date order.</summary>
    public static IReadOnlyList<BankHolidayDate> For(int year)
    {
        var days = new List<BankHolidayDate>();
        days.AddRange(NewYear(year));
        var easter = EasterSunday(year);
        days.Add(new(easter.AddDays(-2), "Good Friday"));
        days.Add(new(easter.AddDays(1), "Easter Monday"));
        days.AddRange(May(year));
        days.Add(new(LastMonday(year, 8), "Summer bank holiday"));
        days.AddRange(OneOffs(year));
        days.AddRange(Christmas(year));
        return days.OrderBy(d => d.Date).ToList();
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    private static IEnumerable<BankHolidayDate> NewYear(int year)
    {
        var day = new DateOnly(year, 1, 1);
        return IsWeekend(day)
            ? [new(NextWeekday(day), "New Year's Day (substitute day)")]
            : [new(day, "New Year's Day")];
    }

    private static IEnumerable<BankHolidayDate> May(int year)
    {
        yield return year == 2020
            ? new(new DateOnly(2020, 5, 8), "Early May bank holiday (VE day)")
            : new(FirstMonday(year, 5), "Early May bank holiday");
        yield return year == 2022
            ? new(new DateOnly(2022, 6, 2), "Spring bank holiday")
            : new(LastMonday(year, 5), "Spring bank holiday");
    }

    private static IEnumerable<BankHolidayDate> OneOffs(int year) => year switch
    {
        2022 =>
        [
            new(new DateOnly(2022, 6, 3), "Platinum Jubilee bank holiday"),
            new(new DateOnly(2022, 9, 19), "Bank holiday for the State Funeral of Queen Elizabeth II"),
        ],
        2023 => [new(new DateOnly(2023, 5, 8), "Bank holiday for the coronation of King Charles III")],
        _ => [],
    };

    /// <summary>Christmas Day and Boxing Day; a day falling at a weekend moves to the next free weekday.</summary>
    private static List<BankHolidayDate> Christmas(int year)
    {
        var result = new List<BankHolidayDate>();
        var taken = new HashSet<DateOnly>();
        var days = new[] { (Date: new DateOnly(year, 12, 25), Name: "Christmas Day"), (Date: new DateOnly(year, 12, 26), Name: "Boxing Day") };
        foreach (var (date, name) in days.Where(d => !IsWeekend(d.Date)))
        {
            result.Add(new(date, name));
            taken.Add(date);
        }
        foreach (var (date, name) in days.Where(d => IsWeekend(d.Date)))
        {
            var substitute = NextWeekday(date);
            while (taken.Contains(substitute))
            {
                substitute = NextWeekday(substitute);
            }
            result.Add(new(substitute, $"{name} (substitute day)"));
            taken.Add(substitute);
        }
        return result;
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static DateOnly NextWeekday(DateOnly date)
    {
        var next = date.AddDays(1);
        while (IsWeekend(next))
        {
            next = next.AddDays(1);
        }
        return next;
    }

    private static DateOnly FirstMonday(int year, int month)
    {
        var day = new DateOnly(year, month, 1);
        while (day.DayOfWeek != DayOfWeek.Monday)
        {
            day = day.AddDays(1);
        }
        return day;
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var day = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        while (day.DayOfWeek != DayOfWeek.Monday)
        {
            day = day.AddDays(-1);
        }
        return day;
    }
}
