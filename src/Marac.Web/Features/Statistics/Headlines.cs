using System.Globalization;
using Marac.Web.Features.Statistics.Computation;

namespace Marac.Web.Features.Statistics;

/// <summary>A headline figure and, in plain words, what to compare it with.</summary>
public sealed record Headline(string Figure, string Comparison);

/// <summary>The dashboard's headline figures, each beside its benchmark or the national figure.</summary>
public static class Headlines
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static IReadOnlyList<Headline> For(StatisticsReport report)
    {
        var f = report.Figures;
        var b = report.Benchmarks;
        var headlines = new List<Headline>
        {
            new($"{Count(f.Cases)} cases discussed at {Count(report.Totals.MeetingsHeld)} {(report.Totals.MeetingsHeld == 1 ? "meeting" : "meetings")}",
                report.Period.Months == 12
                    ? $"SafeLives recommends {Count(b.RecommendedCasesAYear)} a year for {Count(b.AdultFemalePopulation)} adult women"
                    : $"SafeLives recommends {Count(b.RecommendedCasesInPeriod)} for a period this long ({Count(b.RecommendedCasesAYear)} a year for {Count(b.AdultFemalePopulation)} adult women)"),
            new($"{Number(b.CasesPer10000AdultFemales)} cases a year per 10,000 adult women", $"national {Number(NationalFigures.CasesPer10000AdultFemales)}"),
            new($"{Percent(f.RepeatPercent)} repeats ({Count(f.Repeats)} cases)", RepeatComparison(f.RepeatPercent)),
            new($"{Count(f.Children)} children in the household ({(f.Cases == 0 ? "-" : (f.Children / (double)f.Cases).ToString("0.0", British))} per case)",
                $"national {Count(NationalFigures.Children)} in {Count(NationalFigures.Cases)} cases ({(NationalFigures.Children / (double)NationalFigures.Cases).ToString("0.0", British)} per case)"),
            new($"{Percent(report.PartnerAgencyPercent)} of referrals from partner agencies", $"national {Percent(NationalFigures.PartnerAgencyPercent)}"),
            new($"{Percent(f.PercentOfCases(f.Minoritised))} of victims Black, Asian or racially minoritised ({Count(f.Minoritised)}; ethnicity not known for {Count(f.EthnicityNotKnown)})",
                $"{Percent(b.MinoritisedPopulationPercent)} of the local population, a representation ratio of {Number(b.RepresentationRatio, "0.00")}; national {Percent(NationalFigures.MinoritisedPercent)}"),
        };
        foreach (var measure in EqualityMeasures.For(report).Skip(2))
        {
            headlines.Add(measure.HasPercent
                ? new($"{Percent(f.PercentOfCases(measure.Count))} of {Lower(measure.Label)} ({Count(measure.Count)})", $"national {Percent(measure.NationalPercent)}")
                : new($"{Count(measure.Count)} {Lower(measure.Label)}", $"national {Count(measure.NationalCount ?? 0)}"));
        }
        headlines.Add(new($"{Number(b.IdvaFteForActualCases, "0.0")} IDVA full-time equivalents needed for the cases heard ({Number(b.IdvaFteForRecommendedCases, "0.0")} for the recommended number)",
            $"{Number(b.MaracIdvaFte, "0.#")} in post"));
        headlines.Add(new($"{Number(b.AdministratorFteForActualCases, "0.0")} administrator full-time equivalents needed for the cases heard",
            $"{Number(b.AdministratorFteForRecommendedCases, "0.0")} for the recommended number"));
        return headlines;
    }

    private static string RepeatComparison(double? percent) =>
        percent < NationalFigures.RepeatPercent
            ? $"national {Percent(NationalFigures.RepeatPercent)}: a repeat rate well below the national figure usually means repeats are being missed"
            : $"national {Percent(NationalFigures.RepeatPercent)}";

    private static string Lower(string label) => char.ToLowerInvariant(label[0]) + label[1..];

    public static string Count(double value) => Math.Round(value).ToString("N0", British);

    public static string Number(double? value, string format = "0.0") => value is { } v ? v.ToString(format, British) : "-";

    /// <summary>"45%", "3.8%": one decimal place at most.</summary>
    public static string Percent(double? value) => value is { } v ? $"{Math.Round(v, 1).ToString("0.#", British)}%" : "-";
}
