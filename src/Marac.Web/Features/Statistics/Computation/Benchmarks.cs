using Marac.Data.Entities;

namespace Marac.Web.Features.Statistics.Computation;

/// <summary>
/// The SafeLives benchmarks for a period, from the partnership's population and staffing settings.
/// Yearly figures are scaled to the period's length (a quarter is a quarter of the year's).
/// </summary>
public sealed record Benchmarks(
    int AdultFemalePopulation,
    double MinoritisedPopulationPercent,
    double MaracIdvaFte,
    double RecommendedCasesAYear,
    double RecommendedCasesInPeriod,
    double CasesAYear,
    double? CasesPer10000AdultFemales,
    double IdvaFteForActualCases,
    double IdvaFteForRecommendedCases,
    double AdministratorFteForActualCases,
    double AdministratorFteForRecommendedCases,
    double? RepresentationRatio)
{
    public static Benchmarks For(PartnershipSettings settings, StatisticsPeriod period, CaseFigures figures)
    {
        var recommended = settings.AdultFemalePopulation * (double)NationalFigures.RecommendedCasesPer10000AdultFemales / 10_000;
        var casesAYear = figures.Cases * 12 / period.Months;
        var minoritisedPercent = figures.PercentOfCases(figures.Minoritised);
        return new(
            settings.AdultFemalePopulation,
            (double)settings.MinoritisedPopulationPercent,
            (double)settings.MaracIdvaFte,
            recommended,
            recommended * period.Months / 12,
            casesAYear,
            settings.AdultFemalePopulation > 0 ? casesAYear / settings.AdultFemalePopulation * 10_000 : null,
            casesAYear / NationalFigures.CasesPerIdvaFte,
            recommended / NationalFigures.CasesPerIdvaFte,
            casesAYear / NationalFigures.CasesPerAdministratorFte,
            recommended / NationalFigures.CasesPerAdministratorFte,
            minoritisedPercent is { } percent && settings.MinoritisedPopulationPercent > 0
                ? percent / (double)settings.MinoritisedPopulationPercent
                : null);
    }
}
