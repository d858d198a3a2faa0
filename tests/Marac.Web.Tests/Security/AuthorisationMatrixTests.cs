using System.Net;
using System.Text;
using Marac.Data.Entities;
using Marac.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Marac.Web.Tests.Security.AuthorisationMatrixTests.Outcome;

namespace Marac.Web.Tests.Security;

/// <summary>
/// Every endpoint the app maps, requested anonymously and as each role's demo user. The table below is
/// the app's access decisions; a new endpoint fails the test until someone adds its row.
/// </summary>
[Collection(SharedAppCollection.Name)]
public sealed class AuthorisationMatrixTests(MaracWebFactory app)
{
    public enum Outcome
    {
        /// <summary>200 with the page.</summary>
        Ok,
        /// <summary>Redirected to the sign-in page.</summary>
        SignIn,
        /// <summary>Redirected to /access-denied, or answered 403.</summary>
        Forbidden,
        /// <summary>404: the record does not exist for this user.</summary>
        NotFound,
        /// <summary>400 or 405: let through, then refused because a plain GET is not what the endpoint takes (the SignalR hub).</summary>
        NotAHubRequest,
    }

    /// <summary>
    /// One row per route pattern. <paramref name="Url"/> is the address requested: route parameters are
    /// replaced by sample records ({referral}: a case referred by agencies other than the police, so the
    /// police referrer and representative may not see it; {staff}: a demo user; {agency}: a demo agency).
    /// </summary>
    private sealed record Decision(string Url, Outcome Anonymous, Outcome Coordinator, Outcome Chair,
        Outcome AgencyRepresentative, Outcome Referrer, Outcome PartnershipLead, Outcome Administrator)
    {
        public Outcome For(string who) => who switch
        {
            Anon => Anonymous,
            nameof(AppRoles.Coordinator) => Coordinator,
            nameof(AppRoles.Chair) => Chair,
            nameof(AppRoles.AgencyRepresentative) => AgencyRepresentative,
            nameof(AppRoles.Referrer) => Referrer,
            nameof(AppRoles.PartnershipLead) => PartnershipLead,
            nameof(AppRoles.Administrator) => Administrator,
            _ => throw new ArgumentOutOfRangeException(nameof(who)),
        };
    }

    private const string Anon = "Anonymous";

    private static readonly string[] Everyone =
    [
        Anon, nameof(AppRoles.Coordinator), nameof(AppRoles.Chair), nameof(AppRoles.AgencyRepresentative),
        nameof(AppRoles.Referrer), nameof(AppRoles.PartnershipLead), nameof(AppRoles.Administrator),
    ];

    // The decisions. Columns: anonymous, coordinator, chair, agency representative (police),
    // referrer (police), partnership lead, administrator.
    private static readonly Dictionary<string, Decision> Decisions = new()
    {
        // Public: monitoring, signing in and out, and the pages that explain a refusal or an error.
        ["/health"] = new("/health", Ok, Ok, Ok, Ok, Ok, Ok, Ok),
        ["/dev/sign-in"] = new("/dev/sign-in", Ok, Ok, Ok, Ok, Ok, Ok, Ok),
        ["/signed-out"] = new("/signed-out", Ok, Ok, Ok, Ok, Ok, Ok, Ok),
        ["/error/{code:int?}"] = new("/error/404", Ok, Ok, Ok, Ok, Ok, Ok, Ok),
        // The access-denied page answers 403 itself, so that nothing treats a refusal as a success.
        ["/access-denied"] = new("/access-denied", Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden),

        // Any signed-in person, active or not.
        ["/sign-out"] = new("/sign-out", SignIn, Ok, Ok, Ok, Ok, Ok, Ok),
        ["/waiting-for-access"] = new("/waiting-for-access", SignIn, Ok, Ok, Ok, Ok, Ok, Ok),

        // Any active member of staff.
        ["/"] = new("/", SignIn, Ok, Ok, Ok, Ok, Ok, Ok),
        // Each person's own notifications: links and meeting dates only.
        ["/notifications"] = new("/notifications", SignIn, Ok, Ok, Ok, Ok, Ok, Ok),

        // Referrals: coordinators, referrers and agency representatives. A referrer or representative
        // sees only their own agency's referrals: another agency's case is "not found", never "forbidden".
        ["/referrals"] = new("/referrals", SignIn, Ok, Forbidden, Ok, Ok, Forbidden, Forbidden),
        ["/referrals/new"] = new("/referrals/new", SignIn, Ok, Forbidden, Ok, Ok, Forbidden, Forbidden),
        ["/referrals/{id:int}"] = new("/referrals/{referral}", SignIn, Ok, Forbidden, NotFound, NotFound, Forbidden, Forbidden),
        // Only drafts (by their author) and returned referrals can be edited; the sample case is neither.
        ["/referrals/{id:int}/edit"] = new("/referrals/{referral}/edit", SignIn, NotFound, Forbidden, NotFound, NotFound, Forbidden, Forbidden),

        // Meetings and agendas: coordinators only. {meeting} is an upcoming demo meeting; item 0 does not exist.
        ["/meetings"] = new("/meetings", SignIn, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden),
        ["/meetings/new"] = new("/meetings/new", SignIn, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden),
        ["/meetings/{id:int}"] = new("/meetings/{meeting}", SignIn, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden),
        ["/meetings/{id:int}/add"] = new("/meetings/{meeting}/add", SignIn, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden),
        ["/meetings/{id:int}/items/{itemId:int}"] = new("/meetings/{meeting}/items/0", SignIn, NotFound, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden),
        ["/meetings/{id:int}/print"] = new("/meetings/{meeting}/print", SignIn, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden),

        // The live meeting: coordinators, the meeting's chair and invited agencies' representatives, once the agenda is
        // published (the sample meeting's is not, so not found); the attendance page is for the chair and coordinator.
        ["/meetings/{id:int}/live"] = new("/meetings/{meeting}/live", SignIn, NotFound, NotFound, NotFound, Forbidden, Forbidden, Forbidden),
        ["/meetings/{id:int}/live/attendance"] = new("/meetings/{meeting}/live/attendance", SignIn, NotFound, NotFound, NotFound, Forbidden, Forbidden, Forbidden),
        // The meeting hub: the same roles; a plain GET is not a SignalR request, so it is refused as one.
        ["/hubs/meeting"] = new("/hubs/meeting", SignIn, NotAHubRequest, NotAHubRequest, NotAHubRequest, Forbidden, Forbidden, Forbidden),
        ["/hubs/meeting/negotiate"] = new("/hubs/meeting/negotiate", SignIn, NotAHubRequest, NotAHubRequest, NotAHubRequest, Forbidden, Forbidden, Forbidden),

        // Statistics: partnership leads and coordinators. Aggregate figures only; the export is a workbook.
        ["/statistics"] = new("/statistics", SignIn, Ok, Forbidden, Forbidden, Forbidden, Ok, Forbidden),
        ["/statistics/export"] = new("/statistics/export", SignIn, Ok, Forbidden, Forbidden, Forbidden, Ok, Forbidden),
        // Importing historical cases shows personal data in its preview: coordinators and administrators only.
        ["/statistics/import"] = new("/statistics/import", SignIn, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Ok),

        // The agendas published to the viewer's agency: a list of meetings, no case details (empty for those with no agency).
        ["/agendas"] = new("/agendas", SignIn, Ok, Ok, Ok, Forbidden, Forbidden, Forbidden),
        // A published agenda: only the invited agencies' representatives; the sample meeting is not published, so not found.
        ["/agendas/{id:int}"] = new("/agendas/{meeting}", SignIn, NotFound, NotFound, NotFound, Forbidden, Forbidden, Forbidden),
        ["/agendas/{id:int}/print"] = new("/agendas/{meeting}/print", SignIn, NotFound, NotFound, NotFound, Forbidden, Forbidden, Forbidden),
        // A research return: only the invited agency's own representatives, on a case their agency may see.
        ["/agendas/{id:int}/cases/{referralId:int}/return"] = new("/agendas/{meeting}/cases/{referral}/return", SignIn, NotFound, NotFound, NotFound, Forbidden, Forbidden, Forbidden),

        // Minutes: coordinators and the meeting's chair read every version; an invited agency's representatives
        // read issued minutes only (the sample meeting has none, so not found). Corrections: coordinators only.
        ["/minutes"] = new("/minutes", SignIn, Ok, Ok, Ok, Forbidden, Forbidden, Forbidden),
        ["/minutes/{id:int}"] = new("/minutes/{meeting}", SignIn, Ok, Ok, NotFound, Forbidden, Forbidden, Forbidden),
        ["/minutes/{id:int}/correct"] = new("/minutes/{meeting}/correct", SignIn, NotFound, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden),

        // Actions: a representative sees and updates their own agency's open actions (the sample id does not
        // exist); coordinators see overdue actions and non-completion by agency.
        ["/actions"] = new("/actions", SignIn, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden),
        ["/actions/{id:guid}"] = new("/actions/00000000-0000-4000-8000-000000000000", SignIn, Forbidden, Forbidden, NotFound, Forbidden, Forbidden, Forbidden),
        ["/actions/overview"] = new("/actions/overview", SignIn, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden),

        // A case page: whoever the access rules allow (coordinators; the referring agency; agencies with a live
        // grant; the chair of a meeting that lists it, as the demo chair's does). Everyone else is told it is
        // not found, never that it exists.
        ["/cases/{id:int}"] = new("/cases/{referral}", SignIn, Ok, Ok, NotFound, NotFound, NotFound, NotFound),
        // Grants and exclusions: coordinators only. Grant 0 does not exist; a new grant needs a meeting or a case.
        ["/cases/{id:int}/sharing"] = new("/cases/{referral}/sharing", SignIn, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden),
        ["/meetings/{id:int}/sharing"] = new("/meetings/{meeting}/sharing", SignIn, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden),
        ["/grants/{id:int}"] = new("/grants/0", SignIn, NotFound, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden),
        ["/grants/new"] = new("/grants/new", SignIn, NotFound, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden),

        // Administration: administrators only.
        ["/admin"] = new("/admin", SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok),
        ["/admin/staff"] = new("/admin/staff", SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok),
        ["/admin/staff/{id:int}"] = new("/admin/staff/{staff}", SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok),
        ["/admin/agencies"] = new("/admin/agencies", SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok),
        ["/admin/agencies/new"] = new("/admin/agencies/new", SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok),
        ["/admin/agencies/{id:int}"] = new("/admin/agencies/{agency}", SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok),
        ["/admin/settings"] = new("/admin/settings", SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok),

        // Registers: administrators only. Lawful basis 1 and statement version 1 are seeded.
        ["/admin/lawful-bases"] = new("/admin/lawful-bases", SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok),
        ["/admin/lawful-bases/new"] = new("/admin/lawful-bases/new", SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok),
        ["/admin/lawful-bases/{id:int}"] = new("/admin/lawful-bases/1", SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok),
        ["/admin/confidentiality-statements"] = new("/admin/confidentiality-statements", SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok),
        ["/admin/confidentiality-statements/new"] = new("/admin/confidentiality-statements/new", SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok),
        ["/admin/confidentiality-statements/{number:int}"] = new("/admin/confidentiality-statements/1", SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok),

        // Information governance. The audit trail (no case content), its export and check, and retention: administrators.
        ["/governance/audit"] = new("/governance/audit", SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok),
        ["/governance/audit/export"] = new("/governance/audit/export", SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok),
        ["/governance/audit/verify"] = new("/governance/audit/verify", SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok),
        ["/governance/retention"] = new("/governance/retention", SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok),
        // Subject access and legal holds show case content: coordinators only, never administrators.
        ["/governance/subject-access"] = new("/governance/subject-access", SignIn, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden),
        // The log of requests beside it (references and dates, no names): the same people. Request 1 is the demo's first.
        ["/governance/subject-access/requests"] = new("/governance/subject-access/requests", SignIn, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden),
        ["/governance/subject-access/requests/{id:int}"] = new("/governance/subject-access/requests/1", SignIn, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden),
        ["/cases/{id:int}/legal-hold"] = new("/cases/{referral}/legal-hold", SignIn, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden),
    };

    /// <summary>Pages that deliberately accept a POST without an antiforgery token, and why.</summary>
    private static readonly Dictionary<string, string> AntiforgeryExemptions = new()
    {
        ["/error/{code:int?}"] = "the error page is re-executed for failed POSTs (including a bad token) and must render",
    };

    [Fact]
    public void Every_mapped_endpoint_has_an_access_decision()
    {
        var missing = MappedRoutes().Keys.Where(route => !Decisions.ContainsKey(route)).ToList();

        missing.ShouldBeEmpty(
            "These endpoints have no access decision. Add a row to AuthorisationMatrixTests.Decisions saying what " +
            "anonymous users and each role get (Ok, SignIn, Forbidden or NotFound), with a sample URL for any route parameter: " +
            string.Join(", ", missing));
    }

    [Fact]
    public void Every_decision_is_for_an_endpoint_that_still_exists()
    {
        var mapped = MappedRoutes();
        Decisions.Keys.Where(route => !mapped.ContainsKey(route)).ShouldBeEmpty(
            "These rows in AuthorisationMatrixTests.Decisions are for routes the app no longer maps: remove or rename them.");
    }

    [Fact]
    public async Task Anonymous_users_and_each_role_get_what_the_table_says()
    {
        var samples = await SamplesAsync();
        var failures = new StringBuilder();
        foreach (var who in Everyone)
        {
            using var client = ClientFor(who);
            foreach (var route in MappedRoutes().Keys.Where(Decisions.ContainsKey).Order())
            {
                var decision = Decisions[route];
                var url = SampleUrl(route, samples);
                var mark = app.Logs.Mark();
                using var response = await client.GetAsync(url);
                var actual = Classify(response);
                var expected = decision.For(who);
                if (actual != expected.ToString())
                {
                    failures.AppendLine($"{who} GET {url} (route {route}): expected {expected}, got {actual}{Errors(mark)}");
                }
                else if (actual == nameof(Ok) && response.Content.Headers.ContentType?.MediaType == "text/html")
                {
                    var page = await HtmlPages.ParseAsync(response);
                    foreach (var form in page.QuerySelectorAll("form").Where(f => string.Equals(f.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase)))
                    {
                        if (form.QuerySelector($"input[name='{HtmlPages.AntiforgeryField}']") is null)
                        {
                            failures.AppendLine($"{who} GET {url}: a POST form ({form.GetAttribute("action") ?? "no action"}) has no antiforgery token");
                        }
                    }
                    // An empty action or formaction is what a tag helper renders when it cannot build the
                    // handler's URL: the browser then posts to the page itself, to no handler.
                    foreach (var element in page.QuerySelectorAll("form[action=''], [formaction='']"))
                    {
                        failures.AppendLine($"{who} GET {url}: <{element.LocalName}> '{element.TextContent.Trim()}' has an empty {(element.LocalName == "form" ? "action" : "formaction")}: its URL could not be generated");
                    }
                    // Razor Pages takes the handler from the route or the query string only, never from the
                    // posted form, so a button or field named "handler" selects nothing.
                    foreach (var element in page.QuerySelectorAll("form [name='handler']"))
                    {
                        failures.AppendLine($"{who} GET {url}: <{element.LocalName}> '{element.TextContent.Trim()}' posts handler={element.GetAttribute("value")} as a form field, which Razor Pages ignores (it reads the handler from the route or query only): use formaction=\"?handler={element.GetAttribute("value")}\"");
                    }
                }
            }
        }

        failures.ToString().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused_with_400()
    {
        var samples = await SamplesAsync();
        var failures = new StringBuilder();
        using var coordinator = ClientFor(nameof(AppRoles.Coordinator));
        foreach (var (route, endpoint) in MappedRoutes().Where(r => Decisions.ContainsKey(r.Key)).OrderBy(r => r.Key))
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is null)
            {
                continue;
            }
            var url = SampleUrl(route, samples);
            var exempt = AntiforgeryExemptions.ContainsKey(route);
            endpoint.Metadata.OfType<IgnoreAntiforgeryTokenAttribute>().Any().ShouldBe(exempt,
                $"{route}: a page that ignores antiforgery tokens must be listed, with the reason, in AntiforgeryExemptions (and only such pages)");
            if (exempt)
            {
                continue;
            }
            // Where the coordinator is turned away before the page runs (sign-in or access-denied
            // redirect), a POST is turned away the same way; wherever the page itself runs, the missing
            // token must stop the POST with 400.
            using var get = await coordinator.GetAsync(url);
            var expected = get.StatusCode == HttpStatusCode.Redirect && Classify(get) is nameof(SignIn) or nameof(Forbidden) ? Classify(get) : "400";
            using var response = await coordinator.PostAsync(url, new FormUrlEncodedContent([new("Search.Name", "x"), new("UserId", "1")]));
            var actual = response.StatusCode == HttpStatusCode.BadRequest ? "400" : Classify(response);
            if (actual != expected)
            {
                failures.AppendLine($"Coordinator POST {url} without a token: expected {expected}, got {actual}");
            }
        }

        using var anonymous = app.CreateAnonymousClient();
        using var signIn = await anonymous.PostAsync("/dev/sign-in", new FormUrlEncodedContent([new("UserId", "1")]));
        if (signIn.StatusCode != HttpStatusCode.BadRequest)
        {
            failures.AppendLine($"Anonymous POST /dev/sign-in without a token: expected 400, got {Classify(signIn)}");
        }

        failures.ToString().ShouldBeEmpty();
    }

    [Fact]
    public async Task No_link_on_a_users_home_page_leads_to_a_page_they_are_refused()
    {
        var failures = new StringBuilder();
        foreach (var who in Everyone.Where(w => w != Anon))
        {
            using var client = ClientFor(who);
            var home = await client.GetPageAsync("/");
            var links = home.QuerySelectorAll("a[href^='/']").Select(a => a.GetAttribute("href")!)
                .Where(href => !href.StartsWith("/#", StringComparison.Ordinal) && !href.Contains('.', StringComparison.Ordinal))
                .Distinct();
            foreach (var link in links)
            {
                using var response = await client.GetAsync(link);
                if (Classify(response) is nameof(Forbidden) or nameof(SignIn))
                {
                    failures.AppendLine($"{who}: the home page links to {link}, which answers {Classify(response)}");
                }
            }
        }

        failures.ToString().ShouldBeEmpty("navigation and home-page links must match the access rules");
    }

    [Fact]
    public async Task Health_is_open_to_anyone_and_reports_healthy()
    {
        using var client = app.CreateAnonymousClient();

        using var response = await client.GetAsync("/health");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    private static string SampleUrl(string route, Dictionary<string, string> samples) =>
        samples.Aggregate(Decisions[route].Url, (url, sample) => url.Replace(sample.Key, sample.Value, StringComparison.Ordinal));

    /// <summary>Errors the app logged since <paramref name="mark"/>, to explain an unexpected 500.</summary>
    private string Errors(long mark) =>
        string.Concat(app.Logs.Since(mark).Where(l => l.Level >= Microsoft.Extensions.Logging.LogLevel.Error)
            .Select(l => $"{Environment.NewLine}    logged: {l.Text.Split(" | scope:")[0].Split('\n')[0]} {ExceptionLine(l.Text)}"));

    private static string ExceptionLine(string text) =>
        text.Split(" | exception: ") is [_, var exception, ..] ? string.Join(" ", exception.Split('\n').Take(2).Select(x => x.Trim())) : "";

    private HttpClient ClientFor(string who) =>
        who == Anon ? app.CreateAnonymousClient() : app.CreateClientAs(Enum.Parse<AppRoles>(who));

    private static string Classify(HttpResponseMessage response)
    {
        var target = response.RedirectTarget();
        return (int)response.StatusCode switch
        {
            200 => nameof(Ok),
            403 => nameof(Forbidden),
            404 => nameof(NotFound),
            // SignalR answers 401 (with the sign-in address) where a page would redirect.
            302 or 303 or 401 when target?.StartsWith("/dev/sign-in", StringComparison.OrdinalIgnoreCase) == true => nameof(SignIn),
            400 or 405 => nameof(NotAHubRequest),
            302 or 303 when target?.StartsWith("/access-denied", StringComparison.OrdinalIgnoreCase) == true => nameof(Forbidden),
            var code => $"{code} {response.StatusCode}{(target is null ? "" : $" to {target}")}",
        };
    }

    /// <summary>Every route endpoint the running app maps, by pattern ("/referrals/{id:int}").</summary>
    private Dictionary<string, RouteEndpoint> MappedRoutes() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .GroupBy(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .ToDictionary(g => g.Key, g => g.First());

    private async Task<Dictionary<string, string>> SamplesAsync()
    {
        var policeUser = await app.StaffAsync(DemoUsers.For(AppRoles.Referrer).ObjectId);
        var notPolice = await app.WithDbAsync(db => db.Referrals.AsNoTracking()
            .Where(r => r.Status == ReferralStatus.Heard || r.Status == ReferralStatus.Accepted || r.Status == ReferralStatus.Submitted)
            .Where(r => !r.ReferringAgencies.Any(a => a.AgencyId == policeUser.AgencyId))
            .OrderBy(r => r.Id).Select(r => r.Id).FirstAsync());
        var housing = await app.StaffAsync(DemoUsers.Find("Housing representative").ObjectId);
        var meeting = await app.WithDbAsync(db => db.Meetings.AsNoTracking().Where(m => m.Status == MeetingStatus.Scheduled)
            .OrderByDescending(m => m.StartsAt).Select(m => m.Id).FirstAsync());
        return new Dictionary<string, string>
        {
            ["{meeting}"] = meeting.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["{referral}"] = notPolice.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["{staff}"] = housing.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["{agency}"] = housing.AgencyId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
