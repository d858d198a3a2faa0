using Marac.Data;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Statistics.Computation;

/// <summary>
/// Computes a period's statistics: the meetings of the period and of its trend periods are read in
/// one pass of grouped queries, then summed per period here (one row per meeting, so this stays small);
/// the steering-group figures come from their own grouped queries.
/// </summary>
public sealed class StatisticsCalculator(MaracDbContext db, TimeProvider? clock = null)
{
    /// <param name="options">Overrides the partnership's settings (tests); null reads them from the settings row.</param>
    public async Task<StatisticsReport> ComputeAsync(StatisticsPeriod period, StatisticsOptions? options = null, CancellationToken ct = default)
    {
        var settings = await db.PartnershipSettings.AsNoTracking().SingleAsync(ct);
        options ??= StatisticsOptions.From(settings);
        var quarters = period.TrendQuarters();
        var years = period.TrendYears();
        var spans = quarters.Concat(years).Append(period).ToList();
        var from = spans.Min(p => p.StartsAt);
        var to = spans.Max(p => p.EndsBefore);
        var meetings = await new MeetingFiguresQuery(db, options).RunAsync(from, to, ct);
        var steeringGroup = await new SteeringGroupQuery(db).RunAsync(period, UkTime.Today(clock ?? TimeProvider.System), ct);

        var totals = PeriodFigures.For(period, meetings);
        return new StatisticsReport(
            settings.PartnershipName,
            period,
            totals,
            meetings.Where(m => period.Contains(m.Date)).ToList(),
            Benchmarks.For(settings, period, totals.Figures),
            quarters.Select(q => PeriodFigures.For(q, meetings)).ToList(),
            options)
        {
            YearlyTrend = years.Select(y => PeriodFigures.For(y, meetings)).ToList(),
            SteeringGroup = steeringGroup,
        };
    }
}
