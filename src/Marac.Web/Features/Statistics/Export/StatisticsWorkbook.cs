using ClosedXML.Excel;
using Marac.Web.Features.Statistics.Computation;

namespace Marac.Web.Features.Statistics.Export;

/// <summary>The statistics workbook: summary, referral sources, equality, per-meeting, trend, steering-group and notes sheets.</summary>
public static class StatisticsWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Build(StatisticsReport report, bool forPublication)
    {
        using var workbook = new XLWorkbook();
        var suppression = forPublication ? new SmallNumberSuppression(report.Options.SuppressionThreshold) : null;
        var heading = $"{report.PartnershipName}, {report.Period.Label}{(forPublication ? " (for publication)" : "")}";
        SheetWriter Sheet(string name, string title) => new(workbook, name, $"{title}: {heading}", suppression);

        SummarySheet.Write(Sheet("Summary", "MARAC statistics"), report);
        SourcesSheet.Write(Sheet("Referral sources", "Referrals by source"), report);
        EqualitySheet.Write(Sheet("Equality", "Equality"), report);
        MeetingsSheet.Write(Sheet("Per meeting", "Figures per meeting"), report);
        TrendSheet.Write(Sheet("Quarterly trend", "Quarterly trend"), report, report.QuarterlyTrend, "Quarter");
        if (report.YearlyTrend.Count > 0)
        {
            TrendSheet.Write(Sheet("Yearly trend", "12 months by 12 months"), report, report.YearlyTrend, "12 months");
        }
        SteeringGroupSheet.Write(Sheet("Steering group", "Attendance, research returns and actions by agency"), report);
        NotesSheet.Write(Sheet("Notes", "Definitions and settings"), report, forPublication);

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>"Coventry (demo) MARAC partnership - 12 months to June 2021 - statistics.xlsx", safe for any file system.</summary>
    public static string FileName(StatisticsReport report, bool forPublication)
    {
        var name = $"{report.PartnershipName} - {report.Period.Label} - statistics{(forPublication ? " for publication" : "")}.xlsx";
        var invalid = Path.GetInvalidFileNameChars().Concat(['"', '<', '>', ':', '|', '?', '*', '\\', '/']).ToHashSet();
        return new string(name.Select(c => invalid.Contains(c) ? '-' : c).ToArray());
    }
}
