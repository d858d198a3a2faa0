using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Marac.Web.Features.Statistics.Computation;

public enum PeriodKind
{
    [Display(Name = "12 months to the end of a quarter")] TwelveMonths = 0,
    [Display(Name = "A quarter")] Quarter = 1,
    [Display(Name = "Dates of your choice")] Range = 2,
}

/// <summary>
/// The dates a set of figures covers, both inclusive. A case belongs to the period holding the date
/// of the meeting that heard it.
/// </summary>
public sealed record StatisticsPeriod(PeriodKind Kind, DateOnly From, DateOnly To)
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Calendar quarter 1 (January to March) to 4 (October to December).</summary>
    public static StatisticsPeriod Quarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var from = new DateOnly(year, 3 * quarter - 2, 1);
        return new(PeriodKind.Quarter, from, from.AddMonths(3).AddDays(-1));
    }

    /// <summary>The 12 months ending at the end of the given quarter ("12 months to June 2021").</summary>
    public static StatisticsPeriod TwelveMonthsTo(int year, int quarter)
    {
        var end = Quarter(year, quarter).To;
        return new(PeriodKind.TwelveMonths, end.AddDays(1).AddMonths(-12), end);
    }

    public static StatisticsPeriod Range(DateOnly from, DateOnly to) =>
        to < from ? throw new ArgumentException("The period must end on or after its start.", nameof(to)) : new(PeriodKind.Range, from, to);

    /// <summary>The quarter a date falls in.</summary>
    public static StatisticsPeriod QuarterOf(DateOnly date) => Quarter(date.Year, (date.Month + 2) / 3);

    /// <summary>The last quarter that ended before <paramref name="today"/>.</summary>
    public static StatisticsPeriod LastCompleteQuarterBefore(DateOnly today) => QuarterOf(QuarterOf(today).From.AddDays(-1));

    public int QuarterNumber => (To.Month + 2) / 3;

    /// <summary>First instant of the period, in the UK local time meetings are stored in.</summary>
    public DateTime StartsAt => From.ToDateTime(TimeOnly.MinValue);

    /// <summary>First instant after the period.</summary>
    public DateTime EndsBefore => To.AddDays(1).ToDateTime(TimeOnly.MinValue);

    public bool Contains(DateOnly date) => date >= From && date <= To;

    /// <summary>Length in months: whole months for quarters and 12-month periods, else days / 30.4375.</summary>
    public double Months => IsWholeMonths
        ? (To.Year - From.Year) * 12 + To.Month - From.Month + 1
        : (To.DayNumber - From.DayNumber + 1) / 30.4375;

    private bool IsWholeMonths => From.Day == 1 && To.AddDays(1).Day == 1;

    /// <summary>The four quarters before this period's last quarter, then that quarter: oldest first.</summary>
    public IReadOnlyList<StatisticsPeriod> TrendQuarters()
    {
        var last = QuarterOf(To);
        return Enumerable.Range(0, 5).Reverse()
            .Select(back => QuarterOf(last.From.AddMonths(-3 * back)))
            .ToList();
    }

    /// <summary>For a 12-month period, it and the four 12-month periods before it, oldest first; for other periods none.</summary>
    public IReadOnlyList<StatisticsPeriod> TrendYears() => Kind == PeriodKind.TwelveMonths
        ? Enumerable.Range(0, 5).Reverse().Select(back => TwelveMonthsTo(To.Year - back, QuarterNumber)).ToList()
        : [];

    public string Label => Kind switch
    {
        PeriodKind.Quarter => $"{From.ToString("MMMM", British)} to {To.ToString("MMMM yyyy", British)}",
        PeriodKind.TwelveMonths => $"12 months to {To.ToString("MMMM yyyy", British)}",
        _ => $"{From.ToString("d MMMM yyyy", British)} to {To.ToString("d MMMM yyyy", British)}",
    };

    /// <summary>A short label for a chart axis or a file name: "Q2 2021", "12m to Jun 2021", "2021-01-05 to 2021-03-04".</summary>
    public string ShortLabel => Kind switch
    {
        PeriodKind.Quarter => $"Q{QuarterNumber} {To.Year}",
        PeriodKind.TwelveMonths => $"12m to {To.ToString("MMM yyyy", British)}",
        _ => $"{From:yyyy-MM-dd} to {To:yyyy-MM-dd}",
    };
}
