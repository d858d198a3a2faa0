using Marac.Data.Entities;
using Marac.Web.Features.Statistics.Computation;

namespace Marac.Web.Features.Statistics.Export;

/// <summary>A trend: the period's last quarter and the four before it, or for 12 months those and the four 12 months before.</summary>
public static class TrendSheet
{
    private static readonly ReferralSource[] Sources = Enum.GetValues<ReferralSource>();

    public static void Write(SheetWriter sheet, StatisticsReport report, IReadOnlyList<PeriodFigures> periods, string periodHeader)
    {
        var headers = new List<(string, double)>
        {
            (periodHeader, 16), ("From", 12), ("To", 12), ("Meetings held", 10), ("Cases discussed", 11), ("Repeat cases", 10),
            ("Repeat rate", 10), ("Children", 10), ("Partner-agency referrals", 12), ("Partner-agency share", 12),
        };
        headers.AddRange(Sources.Select(s => ($"Referrals: {StatisticsLabels.Source(s)}", 13.0)));
        sheet.Headers([.. headers]);
        sheet.Sheet.Row(SheetWriter.HeaderRow).Height = 45;
        foreach (var period in periods)
        {
            var f = period.Figures;
            var partner = f.FromSources(report.Options.PartnerSources);
            sheet.NextRow();
            sheet.Text(1, period.Period.ShortLabel);
            Date(sheet, 2, period.Period.From);
            Date(sheet, 3, period.Period.To);
            sheet.Total(4, period.MeetingsHeld);
            sheet.Total(5, f.Cases);
            sheet.Count(6, f.Repeats);
            sheet.Percent(7, f.Repeats, f.RepeatPercent);
            sheet.Count(8, f.Children);
            sheet.Count(9, partner, SheetWriter.FractionFormat);
            sheet.Percent(10, partner, f.PercentOfCases(partner));
            var column = 11;
            foreach (var source in Sources)
            {
                sheet.Count(column++, f.Source(source), SheetWriter.FractionFormat);
            }
        }
    }

    private static void Date(SheetWriter sheet, int column, DateOnly date) =>
        sheet.Sheet.Cell(sheet.Row, column).SetValue(date.ToDateTime(TimeOnly.MinValue)).Style.DateFormat.Format = "dd/mm/yyyy";
}
