using ClosedXML.Excel;
using Marac.Data.Entities;
using Marac.Web.Features.Statistics.Computation;
using Marac.Web.Features.Statistics.Export;
using Microsoft.EntityFrameworkCore;
using static Marac.Data.Entities.ReferralSource;

namespace Marac.Web.Tests.Statistics;

/// <summary>
/// The choices SafeLives leaves to the partnership come from its settings row: changing a setting
/// changes the figures, and the workbook's notes name what was used.
/// </summary>
public sealed class StatisticsSettingsTests : IAsyncLifetime
{
    private static readonly StatisticsPeriod Q1 = StatisticsPeriod.Quarter(2024, 1);
    private StatisticsTestDatabase _database = null!;
    private CaseSet _cases = null!;

    public async Task InitializeAsync()
    {
        _database = await StatisticsTestDatabase.CreateAsync();
        _cases = new CaseSet(_database);
        var meeting = await _cases.MeetingAsync(new DateOnly(2024, 2, 1));
        await _cases.CaseAsync(new TestCase { Sources = [Police], Ethnicity = Ethnicity.WhiteGypsyOrIrishTraveller }, meeting);
        await _cases.CaseAsync(new TestCase { Sources = [Police, Idva], Ethnicity = Ethnicity.BlackAfrican }, meeting);
        await _cases.CaseAsync(new TestCase { Sources = [Idva], Ethnicity = Ethnicity.WhiteBritish }, meeting);
        await _cases.CaseAsync(new TestCase { Sources = [Housing], Ethnicity = Ethnicity.NotKnown, Disabled = YesNoNotKnown.Yes }, meeting);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Empty_settings_mean_the_defaults_and_the_notes_say_so()
    {
        var report = await ComputeAsync();

        // Partners by default: everything but Police. Police 1.5, IDVA 1.5, Housing 1 of 4 cases.
        report.PartnerAgencyCases.ShouldBe(2.5, 1e-9);
        report.Figures.Minoritised.ShouldBe(1);                  // Black African only
        report.Options.SuppressionThreshold.ShouldBe(5);
        var notes = Notes(StatisticsWorkbook.Build(report, forPublication: true));
        notes.ShouldContainKey("Partner sources (partnership setting, the default: all but Police)");
        notes.ShouldContainKey("Small-number suppression threshold (partnership setting, the default: 5)");
    }

    [Fact]
    public async Task Changing_the_partner_sources_changes_the_partner_agency_share()
    {
        await ChangeSettingsAsync(s => s.PartnerSources = "Housing");

        var report = await ComputeAsync();

        report.PartnerAgencyCases.ShouldBe(1, 1e-9);             // only the housing case
        report.PartnerAgencyPercent!.Value.ShouldBe(25, 1e-9);
        var workbook = StatisticsWorkbook.Build(report, forPublication: false);
        var notes = Notes(workbook);
        notes["Partner sources (partnership setting, changed from the default)"].ShouldBe("Housing");
        using var book = new XLWorkbook(new MemoryStream(workbook));
        book.Worksheet("Referral sources").Column(1).CellsUsed().ShouldContain(c => c.GetString() == "Partner agencies (as the partnership's settings define them: Housing)");
    }

    [Fact]
    public async Task Changing_the_minoritised_groups_changes_the_count_and_the_representation_ratio()
    {
        await ChangeSettingsAsync(s => s.MinoritisedEthnicities = "BlackAfrican,WhiteGypsyOrIrishTraveller");

        var report = await ComputeAsync();

        report.Figures.Minoritised.ShouldBe(2);                  // Black African and Gypsy or Irish Traveller
        report.Benchmarks.RepresentationRatio!.Value.ShouldBe(2.5, 1e-9);   // 50% of cases / 20% of the population
        Notes(StatisticsWorkbook.Build(report, forPublication: false))
            .ShouldContain(n => n.Key.StartsWith("Ethnicities counted", StringComparison.Ordinal) && n.Key.Contains("changed from the default")
                                && n.Value.Contains("White: Gypsy or Irish Traveller"));
    }

    [Fact]
    public async Task Changing_the_suppression_threshold_changes_what_the_publication_workbook_hides()
    {
        // With the default threshold of 5, the 1 disabled victim is hidden; with a threshold of 1 nothing is.
        (await EqualityCellAsync("Victims disabled")).ShouldBe("<5");

        await ChangeSettingsAsync(s => s.SuppressionThreshold = 1);

        (await EqualityCellAsync("Victims disabled")).ShouldBe("1");
        await ChangeSettingsAsync(s => s.SuppressionThreshold = 2);
        (await EqualityCellAsync("Victims disabled")).ShouldBe("<2");
    }

    [Fact]
    public async Task Names_that_are_not_sources_or_ethnicities_are_ignored()
    {
        await ChangeSettingsAsync(s =>
        {
            s.PartnerSources = "Housing, Unicorns";
            s.MinoritisedEthnicities = "Nonsense";
        });

        var report = await ComputeAsync();

        report.Options.PartnerSources.ShouldBe([Housing]);
        report.Options.MinoritisedEthnicities.ShouldBe(EthnicityCatalogue.MinoritisedByDefault);
    }

    private async Task<string> EqualityCellAsync(string label)
    {
        using var book = new XLWorkbook(new MemoryStream(StatisticsWorkbook.Build(await ComputeAsync(), forPublication: true)));
        return book.Worksheet("Equality").Column(1).CellsUsed().Single(c => c.GetString() == label).CellRight().GetFormattedString();
    }

    private async Task ChangeSettingsAsync(Action<PartnershipSettings> change)
    {
        await using var db = _database.NewContext();
        change(await db.PartnershipSettings.SingleAsync());
        await db.SaveChangesAsync();
    }

    private async Task<StatisticsReport> ComputeAsync()
    {
        await using var db = _database.NewContext();
        return await new StatisticsCalculator(db).ComputeAsync(Q1);
    }

    private static Dictionary<string, string> Notes(byte[] workbook)
    {
        using var book = new XLWorkbook(new MemoryStream(workbook));
        return book.Worksheet("Notes").RowsUsed().Skip(3)
            .GroupBy(r => r.Cell(1).GetString())     // "Period" is both a definition and a setting
            .ToDictionary(g => g.Key, g => g.Last().Cell(2).GetString());
    }
}
