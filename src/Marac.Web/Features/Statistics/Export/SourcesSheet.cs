using Marac.Data.Entities;
using Marac.Web.Features.Statistics.Computation;

namespace Marac.Web.Features.Statistics.Export;

/// <summary>The 14 SafeLives referral sources, fractional, then the partner-agency share.</summary>
public static class SourcesSheet
{
    public static void Write(SheetWriter sheet, StatisticsReport report)
    {
        var f = report.Figures;
        sheet.Headers(("Referral source", 36), ("Cases (fractional)", 16), ("% of cases", 12));
        foreach (var source in Enum.GetValues<ReferralSource>())
        {
            sheet.NextRow();
            sheet.Text(1, StatisticsLabels.Source(source));
            sheet.Count(2, f.Source(source), SheetWriter.FractionFormat);
            sheet.Percent(3, f.Source(source), f.PercentOfCases(f.Source(source)));
        }
        sheet.NextRow();
        sheet.Text(1, "Total cases discussed");
        sheet.Total(2, f.Cases);
        sheet.NextRow();
        sheet.Text(1, $"Partner agencies ({StatisticsLabels.PartnerSources(report.Options)})");
        sheet.Count(2, report.PartnerAgencyCases, SheetWriter.FractionFormat);
        sheet.Percent(3, report.PartnerAgencyCases, report.PartnerAgencyPercent);
    }
}
