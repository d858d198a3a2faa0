using Marac.Data.Auditing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Identity.Web;

namespace Marac.Web.Infrastructure.Auth;

public static class AuthenticationSetup
{
    /// <summary>
    /// Cookies are <c>__Host-</c>, Secure and HttpOnly wherever the app is served over HTTPS (everywhere
    /// but a developer's own http://localhost, where <c>Cookies:SecureOnly</c> is false).
    /// </summary>
    public static bool SecureCookies(IConfiguration configuration) => configuration.GetValue("Cookies:SecureOnly", true);

    public const string SessionCookieName = "__Host-Marac.Session";
    public const string AntiforgeryCookieName = "__Host-Marac.Antiforgery";
    public const string LocalSessionCookieName = "Marac.Session";
    public const string LocalAntiforgeryCookieName = "Marac.Antiforgery";

    public static string SessionCookieNameFor(IConfiguration configuration) =>
        SecureCookies(configuration) ? SessionCookieName : LocalSessionCookieName;

    public static string AntiforgeryCookieNameFor(IConfiguration configuration) =>
        SecureCookies(configuration) ? AntiforgeryCookieName : LocalAntiforgeryCookieName;

    /// <summary>True when sign-in goes through the development page rather than Entra ID.</summary>
    public static bool UsesDevelopmentSignIn(IConfiguration configuration, IHostEnvironment environment)
    {
        var entraConfigured = !string.IsNullOrWhiteSpace(configuration["AzureAd:ClientId"]);
        if (!entraConfigured && !environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                "Sign-in is not configured. Outside the Development environment Marac needs Microsoft Entra ID: " +
                "set AzureAd:Instance, AzureAd:TenantId and AzureAd:ClientId (and a client credential). See README.md, 'Configuration'.");
        }
        return !entraConfigured;
    }

    public static WebApplicationBuilder AddMaracAuthentication(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var idleMinutes = builder.Configuration.GetValue("Session:IdleTimeoutMinutes", 30);
        if (UsesDevelopmentSignIn(builder.Configuration, builder.Environment))
        {
            services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
                .AddCookie(o => ConfigureSessionCookie(o, builder.Configuration, idleMinutes, "/dev/sign-in"));
        }
        else
        {
            AddEntra(builder, idleMinutes);
        }

        services.AddHttpContextAccessor();
        services.AddScoped<IAuditActor, HttpAuditActor>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, Auditing.AuditedAuthorizationResultHandler>();
        services.AddScoped<StaffDirectory>();
        services.AddScoped<IClaimsTransformation, StaffClaimsTransformation>();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(ActiveStaff().Build())
            .AddPolicy(Policies.ActiveUser, ActiveStaff().Build())
            .AddPolicy(Policies.SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(Policies.Coordinator, ActiveStaff().RequireRole(MaracRoles.Coordinator).Build())
            .AddPolicy(Policies.MakesReferrals, ActiveStaff()
                .RequireRole(MaracRoles.Coordinator, MaracRoles.Referrer, MaracRoles.AgencyRepresentative).Build())
            .AddPolicy(Policies.CaseWorker, ActiveStaff()
                .RequireRole(MaracRoles.Coordinator, MaracRoles.Chair, MaracRoles.AgencyRepresentative).Build())
            .AddPolicy(Policies.Statistics, ActiveStaff().RequireRole(MaracRoles.PartnershipLead, MaracRoles.Coordinator).Build())
            .AddPolicy(Policies.Administrator, ActiveStaff().RequireRole(MaracRoles.Administrator).Build())
            .AddPolicy(Policies.CaseImport, ActiveStaff().RequireRole(MaracRoles.Coordinator, MaracRoles.Administrator).Build());
        return builder;
    }

    /// <summary>A session signed out elsewhere (or ended for a leaver) is refused, even with a copy of the cookie.</summary>
    private static async Task RejectRevokedSessionAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        if (!Guid.TryParse(principal?.FindFirst(MaracClaims.TenantId)?.Value, out var tenantId)
            || !Guid.TryParse(principal?.FindFirst(MaracClaims.ObjectId)?.Value, out var objectId))
        {
            return;
        }
        var directory = context.HttpContext.RequestServices.GetRequiredService<StaffDirectory>();
        if (await directory.IsRevokedAsync(tenantId, objectId, context.Properties.IssuedUtc))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    private static AuthorizationPolicyBuilder ActiveStaff() =>
        new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireClaim(MaracClaims.AccessStatus, MaracClaims.ActiveStatus);

    private static void AddEntra(WebApplicationBuilder builder, int idleMinutes)
    {
        var services = builder.Services;
        services.AddAuthentication(OpenIdConnectDefaults.AuthenticationScheme)
            .AddMicrosoftIdentityWebApp(builder.Configuration.GetSection("AzureAd"),
                OpenIdConnectDefaults.AuthenticationScheme, CookieAuthenticationDefaults.AuthenticationScheme);
        services.Configure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme,
            o => ConfigureSessionCookie(o, builder.Configuration, idleMinutes, loginPath: null));
        services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, o =>
        {
            o.MapInboundClaims = false;
            o.TokenValidationParameters.RoleClaimType = MaracClaims.Role;
            o.TokenValidationParameters.NameClaimType = MaracClaims.Name;
            var earlier = o.Events.OnTokenValidated;
            o.Events.OnTokenValidated = async context =>
            {
                await earlier(context);
                await EntraSignIn.OnTokenValidatedAsync(context);
            };
        });
    }

    private static void ConfigureSessionCookie(CookieAuthenticationOptions o, IConfiguration configuration, int idleMinutes, string? loginPath)
    {
        o.Cookie.Name = SessionCookieNameFor(configuration);
        o.Cookie.SecurePolicy = SecureCookies(configuration) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.Cookie.Path = "/";
        o.ExpireTimeSpan = TimeSpan.FromMinutes(idleMinutes);
        o.SlidingExpiration = true;
        o.AccessDeniedPath = "/access-denied";
        o.Events.OnValidatePrincipal = RejectRevokedSessionAsync;
        if (loginPath is not null)
        {
            o.LoginPath = loginPath;
        }
    }
}
