using Marac.Data.Entities;
using Marac.Web.Features.Statistics.Computation;

namespace Marac.Web.Features.Statistics.Export;

/// <summary>The definitions and the settings these figures were computed with.</summary>
public static class NotesSheet
{
    public static void Write(SheetWriter sheet, StatisticsReport report, bool forPublication)
    {
        sheet.Headers(("Item", 40), ("Definition or setting", 110));
        foreach (var (item, text) in Definitions().Concat(Settings(report, forPublication)))
        {
            sheet.NextRow();
            sheet.Text(1, item);
            sheet.Text(2, text);
            sheet.Sheet.Cell(sheet.Row, 2).Style.Alignment.SetWrapText(true);
        }
    }

    private static IEnumerable<(string, string)> Definitions() =>
    [
        ("Period", "A case counts in the period holding the date of the meeting that heard it; a deferred case counts once, at the meeting that finally heard it. Quarters are calendar quarters."),
        ("Meetings held", "Meetings in the period that were concluded, under way, or heard a case."),
        ("Cases discussed", "Agenda items heard in the period (repeats included: it counts cases, not people)."),
        ("Repeat cases", "The same victim had a previous referral to this MARAC, with at least one of the same perpetrators, referred within the 12 months before this referral's date; a coordinator's recorded override wins."),
        ("Repeat rate", "Repeat cases / cases discussed."),
        ("Children in the household", "The children recorded on each referral, or the count given by an imported row."),
        ("Referrals by source", "Each case's 1 is divided equally among its referring agencies' SafeLives categories (police + health = 0.5 each), so totals can be fractional. A case with no referring agency recorded is not attributed."),
        ("Partner-agency share", "Cases (fractionally) from the partner sources listed below / cases discussed."),
        ("Equality measures", "Counts of cases, each also as a % of cases discussed. Ages are taken at the referral date. Unknown ethnicity counts in the denominator of the Black, Asian or racially minoritised % but not its numerator, and is reported beside it."),
        ("Perpetrators aged 17 or under", "Perpetrators, across the cases discussed, aged 17 or under at the referral date."),
        ("Recommended cases", "SafeLives: adult (16+) female population x 40 / 10,000 a year; scaled to the period's length."),
        ("IDVA and administrator FTE", "Cases a year / 100 for IDVAs and / 400 for administrators, for the cases heard (at this period's yearly rate) and for the recommended volume."),
        ("Representation ratio", "% of cases with a Black, Asian or racially minoritised victim / % of the local population (about 1 = representative)."),
        ("Trends", "The period's last quarter and the four quarters before it; for 12 months, also those 12 months and the four 12-month periods before them."),
        ("Steering group: attendance", "Meetings held in the period that the agency was invited to, and those at which a member of its staff (not an observer) was recorded as attending."),
        ("Steering group: research returns", "Research returns the agency made for the period's meetings / the cases listed on the agendas of the meetings it was invited to."),
        ("Steering group: actions", "Actions agreed for the agency at the period's meetings (not proposals or declined ones): completed on or before the due date, completed late, not possible because circumstances changed, not done, and open (overdue when the due date has passed). These figures count agencies' work, so the publication variant shows them in full."),
        ("National figures", NationalFigures.Source + "."),
    ];

    /// <summary>Where a setting came from: the partnership's own choice, or the default it left in place.</summary>
    private static string Origin(bool isDefault, string defaultValue) =>
        isDefault ? $"partnership setting, the default: {defaultValue}" : "partnership setting, changed from the default";

    private static IEnumerable<(string, string)> Settings(StatisticsReport report, bool forPublication)
    {
        var b = report.Benchmarks;
        var options = report.Options;
        return
        [
            ("Partnership", report.PartnershipName),
            ("Period", $"{report.Period.Label}: {report.Period.From:d MMMM yyyy} to {report.Period.To:d MMMM yyyy}"),
            ("Adult (16+) female population", b.AdultFemalePopulation.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)),
            ("Black, Asian or racially minoritised % of the local population", $"{b.MinoritisedPopulationPercent:0.##}%"),
            ("MARAC IDVA FTE in post", b.MaracIdvaFte.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)),
            ($"Partner sources ({Origin(options.PartnerSourcesAreDefault, "all but Police")})",
                string.Join("; ", options.PartnerSources.Select(StatisticsLabels.Source))),
            ($"Ethnicities counted as Black, Asian or racially minoritised ({Origin(options.MinoritisedEthnicitiesAreDefault, "the Asian, Black, Mixed and Other groups")})",
                string.Join("; ", options.MinoritisedEthnicities.Select(EthnicityCatalogue.Label))),
            ($"Small-number suppression threshold ({Origin(options.SuppressionThreshold == StatisticsOptions.DefaultSuppressionThreshold, StatisticsOptions.DefaultSuppressionThreshold.ToString(System.Globalization.CultureInfo.InvariantCulture))})", forPublication
                ? $"For publication: counts above 0 and below {options.SuppressionThreshold} (fractional source counts included) are shown as \"<{options.SuppressionThreshold}\", and percentages derived from them as \"-\". Meetings and cases discussed are totals and stay visible."
                : $"None: this internal export shows exact figures. The \"for publication\" export hides counts above 0 and below {options.SuppressionThreshold}."),
            ("Personal data", "None: every figure is an aggregate."),
        ];
    }
}
