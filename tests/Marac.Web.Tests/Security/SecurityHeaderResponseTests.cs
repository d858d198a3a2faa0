using System.Net;
using System.Security.Cryptography;
using System.Text;
using Marac.Data.Entities;
using Marac.Web.Infrastructure.Auth;
using Marac.Web.Tests.Infrastructure;

namespace Marac.Web.Tests.Security;

/// <summary>What the browser is told about each response: the headers and cookies a security review checks.</summary>
[Collection(SharedAppCollection.Name)]
public sealed class SecurityHeaderResponseTests(MaracWebFactory app)
{
    private static readonly string[] Pages = ["/", "/referrals", "/referrals/new"];

    [Fact]
    public async Task A_signed_in_page_carries_the_security_headers_and_is_never_cached()
    {
        using var client = app.CreateClientAs(AppRoles.Coordinator);

        using var response = await client.GetAsync("/referrals");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var csp = Directives(response);
        csp["script-src"].ShouldNotContain("'unsafe-inline'");
        csp["script-src"].ShouldNotContain("'unsafe-eval'");
        csp["frame-ancestors"].ShouldBe(["'none'"]);
        csp["object-src"].ShouldBe(["'none'"]);
        Header(response, "X-Content-Type-Options").ShouldBe("nosniff");
        Header(response, "Referrer-Policy").ShouldBeOneOf("no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin");
        response.Headers.CacheControl.ShouldNotBeNull().NoStore.ShouldBeTrue("an authenticated page must not be stored by the browser or a proxy");
    }

    [Fact]
    public async Task Hsts_is_sent_over_https_to_the_service_host_and_not_over_http()
    {
        using var client = app.CreateClientAs(AppRoles.Coordinator);

        using var https = await client.GetAsync("https://marac.example.org/");
        using var http = await client.GetAsync("http://marac.example.org/health");

        https.Headers.TryGetValues("Strict-Transport-Security", out var hsts).ShouldBeTrue();
        var maxAge = hsts!.Single().Split(';').Select(p => p.Trim()).Single(p => p.StartsWith("max-age=", StringComparison.Ordinal));
        long.Parse(maxAge["max-age=".Length..], System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(31536000);
        http.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
    }

    [Fact]
    public async Task Pages_have_no_inline_script_style_or_event_handler_that_the_policy_would_block()
    {
        using var client = app.CreateClientAs(AppRoles.Coordinator);
        var problems = new List<string>();
        foreach (var url in Pages.Append("/dev/sign-in"))
        {
            using var response = await client.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            var csp = Directives(response);
            var page = await HtmlPages.ParseAsync(response);
            foreach (var script in page.QuerySelectorAll("script:not([src])"))
            {
                if (!csp["script-src"].Contains($"'sha256-{Sha256(script.TextContent)}'"))
                {
                    problems.Add($"{url}: inline <script> with no matching hash in script-src");
                }
            }
            foreach (var style in page.QuerySelectorAll("style"))
            {
                if (!csp.GetValueOrDefault("style-src", csp["default-src"]).Contains($"'sha256-{Sha256(style.TextContent)}'"))
                {
                    problems.Add($"{url}: inline <style> with no matching hash in style-src");
                }
            }
            problems.AddRange(page.All.Where(e => e.HasAttribute("style")).Select(e => $"{url}: style attribute on <{e.LocalName}>"));
            problems.AddRange(page.All.SelectMany(e => e.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                .Select(a => $"{url}: inline event handler {a.Name} on <{e.LocalName}>")));
            problems.AddRange(page.Urls().Where(u => u.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                .Select(u => $"{url}: javascript: URL"));
        }

        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_session_and_antiforgery_cookies_are_host_only_secure_and_hidden_from_script()
    {
        var coordinator = await app.StaffAsync(DemoUsers.For(AppRoles.Coordinator).ObjectId);
        using var client = app.CreateAnonymousClient();

        using var signInPage = await client.GetAsync("/dev/sign-in");
        var antiforgery = signInPage.SetCookieFor(AuthenticationSetup.AntiforgeryCookieName).ShouldNotBeNull("the sign-in form sets the antiforgery cookie");
        var token = (await HtmlPages.ParseAsync(signInPage)).AntiforgeryToken();
        using var signIn = await client.PostAsync("/dev/sign-in", new FormUrlEncodedContent(
            [new(HtmlPages.AntiforgeryField, token), new("UserId", coordinator.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))]));
        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var session = signIn.SetCookieFor(AuthenticationSetup.SessionCookieName).ShouldNotBeNull("signing in sets the session cookie");

        foreach (var cookie in new[] { antiforgery, session })
        {
            cookie.Name.ShouldStartWith("__Host-");
            cookie.Has("secure").ShouldBeTrue(cookie.Raw);
            cookie.Has("httponly").ShouldBeTrue(cookie.Raw);
            cookie["path"].ShouldBe("/", cookie.Raw);
            cookie.Has("domain").ShouldBeFalse(cookie.Raw);
        }
        session.Name.ShouldBe("__Host-Marac.Session");
        session["samesite"].ShouldNotBeNull().ShouldBeOneOf("lax", "strict", "Lax", "Strict");
        session.Has("expires").ShouldBeFalse("the session cookie ends with the browser session; the server enforces the idle timeout");
        session.Has("max-age").ShouldBeFalse();
        antiforgery["samesite"].ShouldNotBeNull().ToLowerInvariant().ShouldBe("strict");
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : throw new ShouldAssertException($"No {name} header.");

    private static Dictionary<string, string[]> Directives(HttpResponseMessage response) =>
        Header(response, "Content-Security-Policy")
            .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(d => d[0].ToLowerInvariant(), d => d[1..]);

    private static string Sha256(string text) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
