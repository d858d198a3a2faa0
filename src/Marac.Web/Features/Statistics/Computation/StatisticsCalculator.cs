using Marac.Data;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Statistics.Computation;

/// <summary>
/// Computes a period's statistics: the meetings of the period and of its trend quarters are read in
/// one pass of grouped queries, then summed per period here (one row per meeting, so this stays small).
/// </summary>
public sealed class StatisticsCalculator(MaracDbContext db)
{
    /// <param name="options">Overrides the partnership's settings (tests); null reads them from the settings row.</param>
    public async Task<StatisticsReport> ComputeAsync(StatisticsPeriod period, StatisticsOptions? options = null, CancellationToken ct = default)
    {
        var settings = await db.PartnershipSettings.AsNoTracking().SingleAsync(ct);
        options ??= StatisticsOptions.From(settings);
        var trend = period.TrendQuarters();
        var from = period.From < trend[0].From ? period.StartsAt : trend[0].StartsAt;
        var to = period.To > trend[^1].To ? period.EndsBefore : trend[^1].EndsBefore;
        var meetings = await new MeetingFiguresQuery(db, options).RunAsync(from, to, ct);

        var totals = PeriodFigures.For(period, meetings);
        return new StatisticsReport(
            settings.PartnershipName,
            period,
            totals,
            meetings.Where(m => period.Contains(m.Date)).ToList(),
            Benchmarks.For(settings, period, totals.Figures),
            trend.Select(q => PeriodFigures.For(q, meetings)).ToList(),
            options);
    }
}
