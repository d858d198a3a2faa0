using Marac.Data.Entities;
using Marac.Web.Features.Statistics.Computation;

namespace Marac.Web.Features.Statistics.Export;

/// <summary>The period's last quarter and the four before it.</summary>
public static class TrendSheet
{
    public static void Write(SheetWriter sheet, StatisticsReport report)
    {
        sheet.Headers(("Quarter", 12), ("From", 12), ("To", 12), ("Meetings held", 10), ("Cases discussed", 11), ("Repeat cases", 10),
            ("Repeat rate", 10), ("Children", 10), ("Police referrals", 11), ("Partner-agency referrals", 12), ("Partner-agency share", 12));
        foreach (var quarter in report.QuarterlyTrend)
        {
            var f = quarter.Figures;
            var partner = f.FromSources(report.Options.PartnerSources);
            sheet.NextRow();
            sheet.Text(1, quarter.Period.ShortLabel);
            Date(sheet, 2, quarter.Period.From);
            Date(sheet, 3, quarter.Period.To);
            sheet.Total(4, quarter.MeetingsHeld);
            sheet.Total(5, f.Cases);
            sheet.Count(6, f.Repeats);
            sheet.Percent(7, f.Repeats, f.RepeatPercent);
            sheet.Count(8, f.Children);
            sheet.Count(9, f.Source(ReferralSource.Police), SheetWriter.FractionFormat);
            sheet.Count(10, partner, SheetWriter.FractionFormat);
            sheet.Percent(11, partner, f.PercentOfCases(partner));
        }
    }

    private static void Date(SheetWriter sheet, int column, DateOnly date) =>
        sheet.Sheet.Cell(sheet.Row, column).SetValue(date.ToDateTime(TimeOnly.MinValue)).Style.DateFormat.Format = "dd/mm/yyyy";
}
