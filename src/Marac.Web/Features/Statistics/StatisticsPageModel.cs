using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Marac.Data;
using Marac.Web.Features.Statistics.Computation;
using Marac.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Statistics;

/// <summary>
/// The period chooser shared by the dashboard and the export: plain GET parameters (no personal data in
/// them) such as <c>?period=TwelveMonths&amp;quarter=2021-Q2</c>, or <c>?period=Range&amp;from=2021-01-05&amp;to=2021-03-04</c>.
/// </summary>
[Authorize(Policy = Policies.Statistics)]
public abstract class StatisticsPageModel(MaracDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    [Display(Name = "Period")]
    public PeriodKind Period { get; set; } = PeriodKind.TwelveMonths;

    /// <summary>"2021-Q2": the quarter, or the quarter the 12 months end with.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Quarter { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Start date")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "End date")]
    public DateOnly? To { get; set; }

    protected MaracDbContext Db { get; } = db;

    protected DateOnly Today => Marac.Data.UkTime.Today(clock);

    /// <summary>The chosen period, or null with the problems in model state.</summary>
    protected StatisticsPeriod? ChosenPeriod()
    {
        if (!ModelState.IsValid)
        {
            return null;
        }
        if (Period == PeriodKind.Range)
        {
            return ChosenRange();
        }
        var quarter = Quarter is null ? StatisticsPeriod.LastCompleteQuarterBefore(Today) : ParseQuarter(Quarter);
        if (quarter is null)
        {
            ModelState.AddModelError(nameof(Quarter), "Choose a quarter from the list");
            return null;
        }
        Quarter = QuarterValue(quarter);
        return Period == PeriodKind.Quarter ? quarter : StatisticsPeriod.TwelveMonthsTo(quarter.To.Year, quarter.QuarterNumber);
    }

    /// <summary>The quarters from the first meeting's to today's, newest first.</summary>
    protected async Task<IReadOnlyList<StatisticsPeriod>> QuartersAsync(CancellationToken ct)
    {
        var first = await Db.Meetings.MinAsync(m => (DateTime?)m.StartsAt, ct);
        var quarters = new List<StatisticsPeriod>();
        for (var q = StatisticsPeriod.QuarterOf(Today); quarters.Count < 200; q = StatisticsPeriod.QuarterOf(q.From.AddDays(-1)))
        {
            quarters.Add(q);
            if (first is null || q.From <= DateOnly.FromDateTime(first.Value))
            {
                break;
            }
        }
        return quarters;
    }

    public static string QuarterValue(StatisticsPeriod quarter) => $"{quarter.To.Year}-Q{quarter.QuarterNumber}";

    /// <summary>The query string that chooses <paramref name="period"/> again (for the export links).</summary>
    public static string QueryFor(StatisticsPeriod period) => period.Kind == PeriodKind.Range
        ? $"period=Range&from={period.From:yyyy-MM-dd}&to={period.To:yyyy-MM-dd}"
        : $"period={period.Kind}&quarter={QuarterValue(StatisticsPeriod.QuarterOf(period.To))}";

    private StatisticsPeriod? ChosenRange()
    {
        if (From is null)
        {
            ModelState.AddModelError(nameof(From), "Enter the start date");
        }
        if (To is null)
        {
            ModelState.AddModelError(nameof(To), "Enter the end date");
        }
        if (From is not { } from || To is not { } to)
        {
            return null;
        }
        if (to < from)
        {
            ModelState.AddModelError(nameof(To), "The end date must be the same as or after the start date");
            return null;
        }
        return StatisticsPeriod.Range(from, to);
    }

    private static StatisticsPeriod? ParseQuarter(string value)
    {
        var parts = value.Split("-Q", StringSplitOptions.TrimEntries);
        return parts.Length == 2
               && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100
               && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var quarter) && quarter is >= 1 and <= 4
            ? StatisticsPeriod.Quarter(year, quarter)
            : null;
    }
}
