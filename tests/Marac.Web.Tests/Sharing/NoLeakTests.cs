using Marac.Data.Demo;
using Marac.Data.Entities;
using Marac.Sharing.Categories;
using Marac.Web.Tests.Infrastructure;

namespace Marac.Web.Tests.Sharing;

/// <summary>
/// The no-leak test. A case with a unique marker in every field; for each role, and for an agency with no
/// grant, with no categories, with each single category, with all, and with an expired, a revoked and an
/// excluded grant, every page and download the app maps (taken from its endpoint table, not a hand list)
/// is fetched, and exactly the markers of the granted categories must appear. The logs must hold none.
/// </summary>
public sealed class NoLeakTests : IClassFixture<NoLeakTests.MarkedCaseApp>, IAsyncLifetime
{
    /// <summary>The app with the marked case added once for the whole class.</summary>
    public class MarkedCaseApp : MaracWebFactory
    {
        private readonly Lazy<Task<MarkedCase>> _case;

        public MarkedCaseApp() => _case = new(() => MarkedCase.CreateAsync(this));

        public Task<MarkedCase> CaseAsync() => _case.Value;
    }

    private readonly MarkedCaseApp _app;
    private MarkedCase _case = null!;

    public NoLeakTests(MarkedCaseApp app) => _app = app;

    public async Task InitializeAsync() => _case = await _app.CaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string> GrantVariants() =>
    [
        "no grant", "no categories", "all categories", "expired", "revoked", "excluded",
        .. CategorySet.Grantable.Select(c => c.ToString()),
    ];

    [Theory]
    [MemberData(nameof(GrantVariants))]
    public async Task A_housing_representative_sees_exactly_the_markers_of_their_grant(string variant)
    {
        await _case.ApplyVariantAsync(_app, variant);

        var text = await EverythingReachableAsync(DemoPartnership.HousingRepresentativeObjectId);

        var problems = Compare(text, marker => MarkedCase.HousingMaySee(variant, marker));
        problems.ShouldBeEmpty();
        NoMarkerInLogs();
    }

    [Theory]
    [InlineData(nameof(AppRoles.Chair))]
    [InlineData(nameof(AppRoles.Referrer))]
    [InlineData(nameof(AppRoles.PartnershipLead))]
    [InlineData(nameof(AppRoles.Administrator))]
    public async Task Roles_with_no_part_in_the_case_see_none_of_it(string role)
    {
        var user = DemoPartnership.Users.First(u => u.Roles == Enum.Parse<AppRoles>(role));

        var text = await EverythingReachableAsync(user.ObjectId);

        Compare(text, _ => false).ShouldBeEmpty();
        NoMarkerInLogs();
    }

    [Fact]
    public async Task A_coordinator_sees_every_shared_marker_but_never_another_agencys_private_note()
    {
        var text = await EverythingReachableAsync(DemoPartnership.CoordinatorObjectId);

        var shared = MarkedCase.Markers.Where(m => m.Value is not null).Select(m => m.Key).Where(m => !text.Contains(m, StringComparison.Ordinal));
        shared.ShouldBeEmpty("a coordinator sees every category");
        text.ShouldNotContain("ZQXPOLICEPRIVATE");
        NoMarkerInLogs();
    }

    private static List<string> Compare(string text, Func<string, bool> expected) => MarkedCase.Compare(text, expected);

    private void NoMarkerInLogs() => MarkedCase.MarkersInLogs(_app).ShouldBeEmpty();

    /// <summary>Every GET page and download the app maps, with route values pointing at the marked case, as this user.</summary>
    private Task<string> EverythingReachableAsync(Guid objectId) => Surfaces.ReadAllAsync(_app, _case, objectId);
}
