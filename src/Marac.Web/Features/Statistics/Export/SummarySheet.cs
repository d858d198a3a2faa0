using Marac.Web.Features.Statistics.Computation;

namespace Marac.Web.Features.Statistics.Export;

/// <summary>The period, the partnership, the headline measures beside the national figures, and the benchmarks.</summary>
public static class SummarySheet
{
    public static void Write(SheetWriter sheet, StatisticsReport report)
    {
        var f = report.Figures;
        sheet.Headers(("Measure", 46), ("Figure", 14), ("% of cases", 12), ("National or benchmark", 16), ("Note", 60));
        Line(sheet, "Partnership", report.PartnershipName);
        Line(sheet, "Period", $"{report.Period.Label} ({report.Period.From:d MMMM yyyy} to {report.Period.To:d MMMM yyyy})");
        Row(sheet, "Meetings held", s => s.Total(2, report.Totals.MeetingsHeld));
        Row(sheet, "Cases discussed", s => s.Total(2, f.Cases), national: NationalFigures.Cases, note: "National: cases in the 12 months");
        Row(sheet, "Repeat cases", s => { s.Count(2, f.Repeats); s.Percent(3, f.Repeats, f.RepeatPercent); }, nationalPercent: NationalFigures.RepeatPercent,
            note: "A repeat rate well below the national figure usually means repeats are being missed");
        Row(sheet, "Children in the household", s => s.Count(2, f.Children), national: NationalFigures.Children);
        Row(sheet, "Partner-agency referrals", s => { s.Count(2, report.PartnerAgencyCases, SheetWriter.FractionFormat); s.Percent(3, report.PartnerAgencyCases, report.PartnerAgencyPercent); },
            nationalPercent: NationalFigures.PartnerAgencyPercent, note: $"Partner agencies: {StatisticsLabels.PartnerSources(report.Options)}");
        foreach (var measure in EqualityMeasures.For(report))
        {
            Row(sheet, measure.Label, s => { s.Count(2, measure.Count); if (measure.HasPercent) { s.Percent(3, measure.Count, f.PercentOfCases(measure.Count)); } },
                national: measure.NationalCount, nationalPercent: measure.NationalPercent);
        }
        sheet.NextRow();
        WriteBenchmarks(sheet, report.Benchmarks);
    }

    private static void WriteBenchmarks(SheetWriter sheet, Benchmarks b)
    {
        sheet.NextRow();
        sheet.Text(1, "Benchmarks");
        sheet.Sheet.Cell(sheet.Row, 1).Style.Font.SetBold(true);
        Row(sheet, "SafeLives recommended cases a year", s => s.Number(2, b.RecommendedCasesAYear, SheetWriter.CountFormat),
            note: $"Adult (16+) female population {b.AdultFemalePopulation:N0} x 40 / 10,000");
        Row(sheet, "Recommended cases for this period", s => s.Number(2, b.RecommendedCasesInPeriod, SheetWriter.CountFormat));
        Row(sheet, "Cases a year at this period's rate", s => s.Number(2, b.CasesAYear, SheetWriter.CountFormat));
        Row(sheet, "Cases per 10,000 adult females", s => Optional(s, b.CasesPer10000AdultFemales, "0.0"), national: NationalFigures.CasesPer10000AdultFemales, nationalFormat: "0.0");
        Row(sheet, "IDVA FTE needed for the cases heard", s => s.Number(2, b.IdvaFteForActualCases, SheetWriter.DecimalFormat),
            national: b.MaracIdvaFte, nationalFormat: SheetWriter.DecimalFormat, note: "Beside it: MARAC IDVA FTE in post. 100 cases a year per IDVA");
        Row(sheet, "IDVA FTE needed for the recommended cases", s => s.Number(2, b.IdvaFteForRecommendedCases, SheetWriter.DecimalFormat),
            national: b.MaracIdvaFte, nationalFormat: SheetWriter.DecimalFormat);
        Row(sheet, "Administrator FTE needed for the cases heard", s => s.Number(2, b.AdministratorFteForActualCases, SheetWriter.DecimalFormat), note: "400 cases a year per administrator");
        Row(sheet, "Administrator FTE needed for the recommended cases", s => s.Number(2, b.AdministratorFteForRecommendedCases, SheetWriter.DecimalFormat));
        Row(sheet, "Representation ratio", s => Optional(s, b.RepresentationRatio, SheetWriter.DecimalFormat), national: 1, nationalFormat: SheetWriter.DecimalFormat,
            note: $"% of cases with a Black, Asian or racially minoritised victim / {b.MinoritisedPopulationPercent:0.#}% of the local population (1 = representative)");
    }

    private static void Optional(SheetWriter sheet, double? value, string format)
    {
        if (value is { } v)
        {
            sheet.Number(2, v, format);
        }
        else
        {
            sheet.Text(2, "-");
        }
    }

    private static void Line(SheetWriter sheet, string label, string text)
    {
        sheet.NextRow();
        sheet.Text(1, label);
        sheet.Text(2, text);
    }

    private static void Row(SheetWriter sheet, string label, Action<SheetWriter> figures, double? national = null,
        double? nationalPercent = null, string nationalFormat = SheetWriter.CountFormat, string? note = null)
    {
        sheet.NextRow();
        sheet.Text(1, label);
        figures(sheet);
        if (nationalPercent is { } percent)
        {
            sheet.Number(4, percent / 100, SheetWriter.PercentFormat);
        }
        else if (national is { } value)
        {
            sheet.Number(4, value, nationalFormat);
        }
        if (note is not null)
        {
            sheet.Text(5, note);
        }
    }
}
