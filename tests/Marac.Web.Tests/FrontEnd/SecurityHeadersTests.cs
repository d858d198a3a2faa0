using System.Security.Claims;
using Marac.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Marac.Web.Tests.FrontEnd;

public class SecurityHeadersTests
{
    private static IHeaderDictionary Headers(string url, bool signedIn = false, SecurityHeadersOptions? options = null)
    {
        var uri = new Uri(url);
        var context = new DefaultHttpContext();
        context.Request.Scheme = uri.Scheme;
        context.Request.Host = new HostString(uri.Authority);
        context.Request.Path = uri.AbsolutePath;
        if (signedIn)
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("name", "Sam")], "Test"));
        }
        var middleware = new SecurityHeadersMiddleware(_ => Task.CompletedTask, Options.Create(options ?? new SecurityHeadersOptions()));
        middleware.Apply(context);
        return context.Response.Headers;
    }

    [Fact]
    public void Content_security_policy_allows_only_the_app_itself()
    {
        var csp = Headers("https://marac.example.org/referrals").ContentSecurityPolicy.ToString();

        csp.Split("; ").ShouldBe([
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self' wss://marac.example.org",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]);
        csp.ShouldNotContain("unsafe");
    }

    [Fact]
    public void Content_security_policy_lets_SignalR_use_a_plain_websocket_over_http_and_adds_form_action_origins()
    {
        ContentSecurityPolicy.For("http", "127.0.0.1:5000").ShouldContain("connect-src 'self' ws://127.0.0.1:5000");
        ContentSecurityPolicy.For("https", "marac.example.org", ["https://login.microsoftonline.com"])
            .ShouldContain("form-action 'self' https://login.microsoftonline.com;");
    }

    [Fact]
    public void Every_response_gets_the_fixed_headers()
    {
        var headers = Headers("http://marac.example.org/");

        headers.XContentTypeOptions.ToString().ShouldBe("nosniff");
        headers.XFrameOptions.ToString().ShouldBe("DENY");
        headers["Referrer-Policy"].ToString().ShouldBe("no-referrer");
        headers["Permissions-Policy"].ToString().ShouldBe("accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()");
        headers["Cross-Origin-Opener-Policy"].ToString().ShouldBe("same-origin");
    }

    [Fact]
    public void Hsts_is_sent_on_https_only()
    {
        Headers("https://marac.example.org/").StrictTransportSecurity.ToString().ShouldBe("max-age=31536000; includeSubDomains");
        Headers("http://marac.example.org/").ContainsKey("Strict-Transport-Security").ShouldBeFalse();
    }

    [Fact]
    public void Hsts_leaves_localhost_alone_unless_told_otherwise()
    {
        Headers("https://localhost:5001/").ContainsKey("Strict-Transport-Security").ShouldBeFalse();
        Headers("https://localhost:5001/", options: new SecurityHeadersOptions { HstsExcludesLocalhost = false })
            .StrictTransportSecurity.ToString().ShouldBe("max-age=31536000; includeSubDomains");
    }

    [Fact]
    public void Signed_in_users_get_no_store_except_on_static_files()
    {
        var page = Headers("https://marac.example.org/referrals/42", signedIn: true);
        page.CacheControl.ToString().ShouldBe("no-store");
        page.Pragma.ToString().ShouldBe("no-cache");

        foreach (var path in new[] { "/lib/govuk-frontend/govuk-frontend.min.css", "/css/marac.css", "/js/marac.js", "/assets/images/favicon.ico" })
        {
            Headers("https://marac.example.org" + path, signedIn: true).ContainsKey("Cache-Control").ShouldBeFalse(path);
        }
        Headers("https://marac.example.org/library", signedIn: true).CacheControl.ToString().ShouldBe("no-store");
    }

    [Fact]
    public void Anonymous_responses_are_left_to_their_own_caching()
    {
        Headers("https://marac.example.org/dev/sign-in").ContainsKey("Cache-Control").ShouldBeFalse();
    }

    [Fact]
    public void The_Entra_authority_joins_form_action_when_Entra_is_configured()
    {
        static IConfiguration Config(string? clientId) => new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["AzureAd:Instance"] = "https://login.microsoftonline.com/", ["AzureAd:ClientId"] = clientId })
            .Build();

        SecurityHeadersExtensions.EntraOrigin(Config("c0ffee")).ShouldBe("https://login.microsoftonline.com");
        SecurityHeadersExtensions.EntraOrigin(Config("")).ShouldBeNull();
    }
}
