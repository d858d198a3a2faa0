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

    /// <summary>For a 12-month period: those 12 months and the four 12-month periods before them, oldest first; otherwise empty.</summary>
    public IReadOnlyList<PeriodFigures> YearlyTrend { get; init; } = [];

    /// <summary>Attendance, research returns and actions by agency, for the steering group.</summary>
    public SteeringGroupFigures SteeringGroup { get; init; } = SteeringGroupFigures.None;

    /// <summary>Cases (fractionally) referred by partner agencies, as the options define them.</summary>
    public double PartnerAgencyCases => Figures.FromSources(Options.PartnerSources);

    public double? PartnerAgencyPercent => Figures.PercentOfCases(PartnerAgencyCases);
}
