using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using Marac.Data.Demo;
using Marac.Data.Entities;
using Marac.Sharing.Categories;
using Marac.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using static Marac.Sharing.Categories.DataCategory;

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
    public sealed class MarkedCaseApp : MaracWebFactory
    {
        private readonly SemaphoreSlim _gate = new(1, 1);
        private MarkedCase? _case;

        public async Task<MarkedCase> CaseAsync()
        {
            await _gate.WaitAsync();
            try
            {
                return _case ??= await MarkedCase.CreateAsync(this);
            }
            finally
            {
                _gate.Release();
            }
        }
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
        var granted = variant switch
        {
            "no grant" or "no categories" => CategorySet.None,
            "all categories" or "expired" or "revoked" or "excluded" => CategorySet.Grantable,
            _ => CategorySet.Of(Enum.Parse<DataCategory>(variant)),
        };
        await _case.SetHousingGrantAsync(_app, granted, expired: variant is "expired" or "no grant", revoked: variant == "revoked", excluded: variant == "excluded");
        var seesAnything = variant is not ("no grant" or "expired" or "revoked" or "excluded");

        var text = await EverythingReachableAsync(DemoPartnership.HousingRepresentativeObjectId);

        var problems = Compare(text, marker => seesAnything && MarkedCase.Markers[marker] is { } needed && needed.IsSubsetOf(granted));
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

    private static List<string> Compare(string text, Func<string, bool> expected) =>
        MarkedCase.Markers.Keys
            .Where(marker => text.Contains(marker, StringComparison.Ordinal) != expected(marker))
            .Select(marker => $"{marker}: {(expected(marker) ? "expected but missing" : "leaked")}")
            .ToList();

    private void NoMarkerInLogs()
    {
        var leaked = _app.Logs.Entries.Where(l => MarkedCase.Markers.Keys.Any(m => l.Text.Contains(m, StringComparison.Ordinal))).Select(l => l.ToString()).Take(3);
        leaked.ShouldBeEmpty();
    }

    /// <summary>Every GET page and download the app maps, with route values pointing at the marked case, as this user.</summary>
    private async Task<string> EverythingReachableAsync(Guid objectId)
    {
        using var client = _app.CreateClientAs(objectId);
        var text = new StringBuilder();
        foreach (var url in Surfaces())
        {
            using var response = await client.GetAsync(url);
            text.AppendLine(url).AppendLine(await ReadableAsync(response));
        }
        return text.ToString();
    }

    private IEnumerable<string> Surfaces() =>
        _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is not { Count: > 0 } methods || methods.Contains("GET"))
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .Where(route => !route.StartsWith("/hubs/", StringComparison.Ordinal) && route != "/sign-out")
            .Distinct()
            .Select(Fill);

    private string Fill(string route)
    {
        var first = route.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        var id = first switch
        {
            "cases" or "referrals" => _case.ReferralId,
            "meetings" or "agendas" or "minutes" => _case.MeetingId,
            "grants" => _case.GrantId,
            _ => 1,
        };
        return route.Replace("{id:int}", Invariant(id), StringComparison.Ordinal)
            .Replace("{referralId:int}", Invariant(_case.ReferralId), StringComparison.Ordinal)
            .Replace("{itemId:int}", Invariant(_case.ItemId), StringComparison.Ordinal)
            .Replace("{id:guid}", _case.ActionId.ToString(), StringComparison.Ordinal)
            .Replace("{number:int}", "1", StringComparison.Ordinal)
            .Replace("{code:int?}", "404", StringComparison.Ordinal);
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static async Task<string> ReadableAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (response.Content.Headers.ContentType?.MediaType == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        {
            using var workbook = new XLWorkbook(new MemoryStream(bytes));
            return string.Join('\n', workbook.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetString()));
        }
        return Encoding.UTF8.GetString(bytes);
    }
}
