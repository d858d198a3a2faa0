using Marac.Data.Demo;
using Marac.Sharing.Categories;
using Marac.Sharing.Policy;

namespace Marac.Web.Tests.Sharing;

/// <summary>
/// The no-leak test over the minutes: the marked case's meeting concluded with its summaries, a police action
/// and minutes issued. For every grant variant, housing's copy (every page and download under /minutes) holds
/// exactly the markers of its grant that the minutes carry, and nobody's copy holds a location.
/// </summary>
public sealed class MinutesNoLeakTests : IClassFixture<MinutesNoLeakTests.ConcludedMarkedCaseApp>, IAsyncLifetime
{
    private const string Place = "CV1 2GT";

    public sealed class ConcludedMarkedCaseApp : NoLeakTests.MarkedCaseApp
    {
        private readonly Lazy<Task<MarkedCase>> _concluded;

        public ConcludedMarkedCaseApp() => _concluded = new(ConcludeAsync);

        public Task<MarkedCase> ConcludedAsync() => _concluded.Value;

        private async Task<MarkedCase> ConcludeAsync()
        {
            var markedCase = await CaseAsync();
            await markedCase.ConcludeWithIssuedMinutesAsync(this, $"ZQXRISKSUMMARY: she has moved to a refuge near {Place}.");
            return markedCase;
        }
    }

    private readonly ConcludedMarkedCaseApp _app;
    private MarkedCase _case = null!;

    public MinutesNoLeakTests(ConcludedMarkedCaseApp app) => _app = app;

    public async Task InitializeAsync() => _case = await _app.ConcludedAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(NoLeakTests.GrantVariants), MemberType = typeof(NoLeakTests))]
    public async Task Housings_copy_of_the_minutes_holds_exactly_the_markers_of_its_grant(string variant)
    {
        var carried = await CarriedByTheMinutesAsync();
        await _case.ApplyVariantAsync(_app, variant);

        var text = await Surfaces.ReadAllAsync(_app, _case, DemoPartnership.HousingRepresentativeObjectId, under: "/minutes");

        MarkedCase.Compare(text, marker => carried.Contains(marker) && MarkedCase.HousingMaySee(variant, marker)).ShouldBeEmpty();
        text.ShouldNotContain(Place);
        MarkedCase.MarkersInLogs(_app).ShouldBeEmpty();
    }

    public static TheoryData<Audience> PolicyRows() => [.. SharingPolicy.Rows.Select(r => r.Who)];

    /// <summary>
    /// Generated from the policy table: each row's copy of the minutes holds no marker beyond what its cell allows of
    /// what minutes carry (never Location and safety contacts), and the rows who attend hold all of that.
    /// </summary>
    [Theory]
    [MemberData(nameof(PolicyRows))]
    public async Task Each_policy_rows_copy_of_the_minutes_holds_exactly_what_its_cell_allows(Audience audience)
    {
        var (viewer, cell) = await _case.ArrangeAcceptedRowAsync(_app, audience);
        var carried = await CarriedByTheMinutesAsync();

        var text = await Surfaces.ReadAllAsync(_app, _case, viewer.ObjectId, under: "/minutes");

        MarkedCase.SharedRecordProblems(text, audience, viewer, cell, carried, Attends.Contains(audience)).ShouldBeEmpty($"{audience}: {cell.Describe()}");
        text.ShouldNotContain(Place);
        MarkedCase.MarkersInLogs(_app).ShouldBeEmpty();
    }

    /// <summary>Who receives a copy of this meeting's minutes: the coordinators, its chair and the agencies it invited and granted.</summary>
    private static readonly HashSet<Audience> Attends = [Audience.Coordinator, Audience.Chair, Audience.InvitedRepresentative, Audience.IdvaHoldingCase];

    [Fact]
    public async Task The_coordinators_copy_carries_the_summaries_and_the_action_plan_but_no_location_or_private_note()
    {
        var text = await Surfaces.ReadAllAsync(_app, _case, DemoPartnership.CoordinatorObjectId, under: "/minutes");

        foreach (var marker in new[] { "ZQXREFERENCE", "ZQXINFOSUMMARY", "ZQXRISKSUMMARY", "ZQXACTIONTEXT", "ZQXLINKEDRISK" })
        {
            text.ShouldContain(marker);
        }
        text.ShouldNotContain(Place);
        text.ShouldNotContain("ZQXPOLICEPRIVATE");
    }

    /// <summary>The markers the minutes carry at all: what a coordinator, who may see every category, reads in them.</summary>
    private async Task<HashSet<string>> CarriedByTheMinutesAsync()
    {
        var text = await Surfaces.ReadAllAsync(_app, _case, DemoPartnership.CoordinatorObjectId, under: "/minutes");
        return MarkedCase.Markers.Keys.Where(m => text.Contains(m, StringComparison.Ordinal)).ToHashSet();
    }
}
