using Marac.Data.Entities;
using Marac.Web.Features.Statistics.Charts;
using Marac.Web.Features.Statistics.Computation;

namespace Marac.Web.Features.Statistics;

/// <summary>
/// Referral sources per trend period for the stacked chart: the four sources that referred most over
/// the whole trend, then every other source together, so the chart stays readable. The table beside
/// it lists all 14 sources.
/// </summary>
public static class TrendSources
{
    public const int SourcesShown = 4;

    public static IReadOnlyList<ChartSeries> Series(IReadOnlyList<PeriodFigures> periods)
    {
        var top = Enum.GetValues<ReferralSource>()
            .Select(s => (Source: s, Total: periods.Sum(p => p.Figures.Source(s))))
            .Where(s => s.Total > 0)
            .OrderByDescending(s => s.Total).ThenBy(s => s.Source)
            .Take(SourcesShown)
            .Select(s => s.Source)
            .ToList();
        var series = top
            .Select(s => new ChartSeries(StatisticsLabels.Source(s), periods.Select(p => p.Figures.Source(s)).ToList()))
            .ToList();
        var others = periods.Select(p => p.Figures.Sources.Where(s => !top.Contains(s.Key)).Sum(s => s.Value)).ToList();
        if (others.Any(o => o > 0))
        {
            series.Add(new ChartSeries("All other sources", others));
        }
        return series;
    }
}
