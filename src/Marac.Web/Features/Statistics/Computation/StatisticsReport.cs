namespace Marac.Web.Features.Statistics.Computation;

/// <summary>Everything the dashboard and the export show for one period. Aggregate only: no person in it.</summary>
public sealed record StatisticsReport(
    string PartnershipName,
    StatisticsPeriod Period,
    PeriodFigures Totals,
    IReadOnlyList<MeetingFigures> Meetings,
    Benchmarks Benchmarks,
    IReadOnlyList<PeriodFigures> QuarterlyTrend,
    StatisticsOptions Options)
{
    public CaseFigures Figures => Totals.Figures;

    /// <summary>Cases (fractionally) referred by partner agencies, as the options define them.</summary>
    public double PartnerAgencyCases => Figures.FromSources(Options.PartnerSources);

    public double? PartnerAgencyPercent => Figures.PercentOfCases(PartnerAgencyCases);
}
