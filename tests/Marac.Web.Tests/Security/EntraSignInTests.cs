using System.Net;
using System.Security.Claims;
using Marac.Data.Demo;
using Marac.Data.Entities;
using Marac.Web.Infrastructure.Auth;
using Marac.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Marac.Web.Tests.Security;

/// <summary>
/// Signing in with Microsoft Entra ID, offline: the app is configured for Entra (no test scheme, no
/// development sign-in), the OpenID metadata is static, and the sign-in decision
/// (<see cref="EntraSignIn.OnTokenValidatedAsync"/>) is given principals as the OpenID Connect handler
/// would after validating an ID token. A session is then made as the handler makes it, with the cookie.
/// </summary>
public sealed class EntraSignInTests(EntraWebFactory app) : IClassFixture<EntraWebFactory>
{
    private sealed record SignInResult(bool Refused, int StatusCode, string? Location);

    [Theory]
    [InlineData("/")]
    [InlineData("/referrals")]
    public async Task An_anonymous_visitor_is_sent_to_the_Entra_authority_with_the_app_client_id(string url)
    {
        using var client = app.CreateAnonymousClient();

        using var response = await client.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location.ShouldNotBeNull();
        location.GetLeftPart(UriPartial.Path).ShouldBe(EntraWebFactory.AuthorizationEndpoint);
        var query = QueryHelpers.ParseQuery(location.Query);
        query["client_id"].ToString().ShouldBe(EntraWebFactory.ClientId.ToString());
        query["redirect_uri"].ToString().ShouldBe("https://localhost/signin-oidc");
        query["scope"].ToString().Split(' ').ShouldContain("openid");
    }

    [Fact]
    public async Task The_development_sign_in_page_does_not_exist_when_Entra_is_configured()
    {
        using var client = app.CreateAnonymousClient();

        using var response = await client.GetAsync("/dev/sign-in");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public void In_production_the_session_cookie_is_host_only_and_secure_by_default()
    {
        var cookie = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(CookieAuthenticationDefaults.AuthenticationScheme).Cookie;

        (cookie.Name, cookie.SecurePolicy, cookie.HttpOnly).ShouldBe((AuthenticationSetup.SessionCookieName, CookieSecurePolicy.Always, true));
    }

    [Fact]
    public async Task A_member_of_the_home_tenant_gets_the_roles_in_their_roles_claim()
    {
        // The housing representative is an agency representative; their tenant now says coordinator.
        var demo = DemoUsers.Find("Housing representative");
        var principal = Principal(EntraWebFactory.HomeTenantId, demo.ObjectId, demo.DisplayName, MaracRoles.Coordinator);
        var before = await app.LastAuditSequenceAsync();

        var result = await ValidateTokenAsync(principal);

        result.Refused.ShouldBeFalse();
        var staff = await app.StaffAsync(demo.ObjectId);
        staff.Roles.ShouldBe(AppRoles.Coordinator);
        (await app.AuditEventsAfterAsync(before)).ShouldContain(e => e.Action == AuditAction.SignIn
            && e.EntityId == staff.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) && e.Outcome == "Active");
        using var client = app.CreateClientWithCookie(app.SessionCookieHeader(principal));
        var page = await client.GetPageAsync("/referrals");
        page.QuerySelector("h1")!.TextContent.Trim().ShouldBe("Referrals", "a coordinator sees every referral, not just their own");
    }

    [Fact]
    public async Task A_sign_in_from_a_tenant_not_on_the_allow_list_is_refused_and_leaves_no_record()
    {
        var stranger = Guid.NewGuid();
        var principal = Principal(Guid.NewGuid(), stranger, "Someone Elsewhere", MaracRoles.Coordinator, MaracRoles.Administrator);

        var result = await ValidateTokenAsync(principal);

        result.ShouldBe(new SignInResult(true, StatusCodes.Status302Found, "/access-denied?reason=organisation"));
        (await app.WithDbAsync(db => db.StaffUsers.AnyAsync(u => u.ObjectId == stranger))).ShouldBeFalse();
        using var client = app.CreateAnonymousClient();
        using var response = await client.GetAsync(result.Location);
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Your organisation is not part of this MARAC partnership");
    }

    [Fact]
    public async Task A_first_time_user_from_an_allowed_tenant_waits_for_access_whatever_roles_they_claim()
    {
        var newcomer = Guid.NewGuid();
        var principal = Principal(EntraWebFactory.HomeTenantId, newcomer, "Nia Newcombe", MaracRoles.Coordinator);

        var result = await ValidateTokenAsync(principal);

        result.Refused.ShouldBeFalse();
        var staff = await app.StaffAsync(newcomer);
        staff.Status.ShouldBe(StaffUserStatus.WaitingForAccess);
        staff.DisplayName.ShouldBe("Nia Newcombe");
        using var client = app.CreateClientWithCookie(app.SessionCookieHeader(principal));
        using var home = await client.GetAsync("/");
        home.RedirectTarget().ShouldNotBeNull().ShouldStartWith("/access-denied");
        using var denied = await client.GetAsync(home.RedirectTarget());
        denied.RedirectTarget().ShouldBe("/waiting-for-access");
        var waiting = await client.GetPageAsync("/waiting-for-access");
        waiting.QuerySelector("h1")!.TextContent.ShouldContain("waiting for approval");
        using var referrals = await client.GetAsync("/referrals");
        referrals.RedirectTarget().ShouldNotBeNull().ShouldStartWith("/access-denied");
    }

    [Fact]
    public async Task Roles_claimed_by_a_partner_agency_tenant_are_ignored()
    {
        var agencyTenant = Guid.NewGuid();
        await app.WithDbAsync(async db =>
        {
            var probation = await db.Agencies.SingleAsync(a => a.Name == DemoAgencyNames.Probation);
            probation.TenantId = agencyTenant;
            await db.SaveChangesAsync();
        });
        var officer = Guid.NewGuid();
        var principal = Principal(agencyTenant, officer, "Pat Probyn", MaracRoles.Administrator);

        var result = await ValidateTokenAsync(principal);

        result.Refused.ShouldBeFalse("the agency's tenant is on the allow-list");
        var staff = await app.StaffAsync(officer);
        (staff.Status, staff.Roles, staff.TenantId).ShouldBe((StaffUserStatus.WaitingForAccess, AppRoles.None, agencyTenant));
    }

    /// <summary>An ID token's principal as the handler builds it (MapInboundClaims off: claim names as Entra sends them).</summary>
    private static ClaimsPrincipal Principal(Guid tenantId, Guid objectId, string name, params string[] roles) =>
        new(new ClaimsIdentity(
            new[]
            {
                new Claim(MaracClaims.TenantId, tenantId.ToString()),
                new Claim(MaracClaims.ObjectId, objectId.ToString()),
                new Claim(MaracClaims.Name, name),
                new Claim("preferred_username", $"{objectId:N}@tenant.example"),
            }.Concat(roles.Select(r => new Claim(MaracClaims.Role, r))),
            "AuthenticationTypes.Federation", MaracClaims.Name, MaracClaims.Role));

    private async Task<SignInResult> ValidateTokenAsync(ClaimsPrincipal principal)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.Request.Scheme = "https";
        http.Request.Host = new HostString("localhost");
        var options = app.Services.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(OpenIdConnectDefaults.AuthenticationScheme);
        var scheme = new AuthenticationScheme(OpenIdConnectDefaults.AuthenticationScheme, null, typeof(OpenIdConnectHandler));
        var context = new TokenValidatedContext(http, scheme, options, principal, new AuthenticationProperties());

        await EntraSignIn.OnTokenValidatedAsync(context);

        return new SignInResult(context.Result?.Handled == true, http.Response.StatusCode, http.Response.Headers.Location.ToString() is { Length: > 0 } l ? l : null);
    }
}
