using System.Security.Claims;
using System.Text.Encodings.Web;
using Marac.Data.Demo;
using Marac.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marac.Web.Tests.Infrastructure;

/// <summary>
/// The tests' sign-in: a request carrying <c>X-Test-User: &lt;object id&gt;</c> (and optionally
/// <c>X-Test-Tenant</c>) is signed in with the same three claims the development sign-in and Entra
/// give (<c>tid</c>, <c>oid</c>, <c>name</c>); the app's own claims transformation then adds roles,
/// agency and status from the database, exactly as in production. A request without the header is
/// handed to the app's real cookie scheme, so a session made through <c>/dev/sign-in</c> still works
/// (idle timeout, sign-out), and challenges and refusals go to the cookie scheme too: anonymous users
/// are redirected to the sign-in page and refused users to <c>/access-denied</c>, as in the app.
/// </summary>
public sealed class TestAuthHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string UserHeader = "X-Test-User";
    public const string TenantHeader = "X-Test-Tenant";
    public const string NameHeader = "X-Test-Name";

    /// <summary>Where requests without the test header, challenges and refusals go.</summary>
    public static void Configure(AuthenticationSchemeOptions options, string cookieScheme)
    {
        options.ForwardDefaultSelector = context => context.Request.Headers.ContainsKey(UserHeader) ? null : cookieScheme;
        options.ForwardChallenge = cookieScheme;
        options.ForwardForbid = cookieScheme;
        options.ForwardSignIn = cookieScheme;
        options.ForwardSignOut = cookieScheme;
    }

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Guid.TryParse(Request.Headers[UserHeader], out var objectId))
        {
            return Task.FromResult(AuthenticateResult.Fail($"{UserHeader} must be a StaffUser object id."));
        }
        var tenantId = Guid.TryParse(Request.Headers[TenantHeader], out var tenant) ? tenant : DemoPartnership.DevelopmentTenantId;
        var name = Request.Headers[NameHeader] is { Count: > 0 } header ? header.ToString() : "Test user";
        var identity = new ClaimsIdentity(
            [
                new Claim(MaracClaims.TenantId, tenantId.ToString()),
                new Claim(MaracClaims.ObjectId, objectId.ToString()),
                new Claim(MaracClaims.Name, name),
            ],
            SchemeName, MaracClaims.Name, MaracClaims.Role);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
