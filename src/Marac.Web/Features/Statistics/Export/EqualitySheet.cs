using Marac.Web.Features.Statistics.Computation;

namespace Marac.Web.Features.Statistics.Export;

public static class EqualitySheet
{
    public static void Write(SheetWriter sheet, StatisticsReport report)
    {
        sheet.Headers(("Measure", 46), ("Cases", 12), ("% of cases", 12), ("National %", 12), ("National count", 14));
        sheet.NextRow();
        sheet.Text(1, "Cases discussed");
        sheet.Total(2, report.Figures.Cases);
        foreach (var measure in EqualityMeasures.For(report))
        {
            sheet.NextRow();
            sheet.Text(1, measure.Label);
            sheet.Count(2, measure.Count);
            if (measure.HasPercent)
            {
                sheet.Percent(3, measure.Count, report.Figures.PercentOfCases(measure.Count));
            }
            if (measure.NationalPercent is { } percent)
            {
                sheet.Number(4, percent / 100, SheetWriter.PercentFormat);
            }
            if (measure.NationalCount is { } count)
            {
                sheet.Number(5, count, SheetWriter.CountFormat);
            }
        }
    }
}
