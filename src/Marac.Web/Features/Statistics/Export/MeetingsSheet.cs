using Marac.Data.Entities;
using Marac.Web.Features.Statistics.Computation;

namespace Marac.Web.Features.Statistics.Export;

/// <summary>One row per meeting, in the order of the SafeLives per-meeting data form, then the period's total.</summary>
public static class MeetingsSheet
{
    private static readonly ReferralSource[] Sources = Enum.GetValues<ReferralSource>();

    public static void Write(SheetWriter sheet, StatisticsReport report)
    {
        var headers = new List<(string, double)> { ("Meeting date", 14), ("Cases discussed", 11), ("Repeat cases", 10), ("Children", 10) };
        headers.AddRange(Sources.Select(s => ($"Referrals: {StatisticsLabels.Source(s)}", 13.0)));
        headers.AddRange([("Black, Asian or racially minoritised", 14), ("Ethnicity not known", 12), ("LGBT+", 9), ("Disabled", 9),
            ("Male", 9), ("Aged 16-17", 9), ("Perpetrators aged 17 or under", 14)]);
        sheet.Headers([.. headers]);
        sheet.Sheet.Row(SheetWriter.HeaderRow).Height = 45;

        foreach (var meeting in report.Meetings)
        {
            sheet.NextRow();
            var date = sheet.Sheet.Cell(sheet.Row, 1).SetValue(meeting.Date.ToDateTime(TimeOnly.MinValue));
            date.Style.DateFormat.Format = "dd/mm/yyyy";
            Figures(sheet, meeting.Figures);
        }
        sheet.NextRow();
        sheet.Text(1, "Total");
        sheet.Sheet.Row(sheet.Row).Style.Font.SetBold(true);
        Figures(sheet, report.Figures);
    }

    private static void Figures(SheetWriter sheet, CaseFigures f)
    {
        sheet.Total(2, f.Cases);
        sheet.Count(3, f.Repeats);
        sheet.Count(4, f.Children);
        var column = 5;
        foreach (var source in Sources)
        {
            sheet.Count(column++, f.Source(source), SheetWriter.FractionFormat);
        }
        foreach (var count in new[] { f.Minoritised, f.EthnicityNotKnown, f.Lgbt, f.Disabled, f.Male, f.Aged16To17, f.PerpetratorsAged17OrUnder })
        {
            sheet.Count(column++, count);
        }
    }
}
