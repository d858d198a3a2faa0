using Marac.Data.Demo;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Marac.Web.Tests.Infrastructure;

/// <summary>
/// The app as production runs it: Entra ID sign-in (Microsoft.Identity.Web, OpenID Connect) and no
/// test scheme, offline. The OpenID metadata is given statically, so no request leaves the machine.
/// It runs in the Production environment with the production defaults (cookie settings included);
/// only the database is migrated and seeded on start, as the tests need data. The partnership's home
/// tenant is the demo partnership's tenant, so the demo staff are its members.
/// </summary>
public sealed class EntraWebFactory : MaracWebFactory
{
    public const string Instance = "https://login.microsoftonline.com/";
    public static readonly Guid HomeTenantId = DemoPartnership.DevelopmentTenantId;
    public static readonly Guid ClientId = new("c1e70000-0000-4000-8000-00000000ca11");

    public static string Authority => $"{Instance}{HomeTenantId}/v2.0";
    public static string AuthorizationEndpoint => $"{Instance}{HomeTenantId}/oauth2/v2.0/authorize";

    protected override string HostEnvironment => Environments.Production;

    protected override bool UseTestScheme => false;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["AzureAd:Instance"] = Instance,
        ["AzureAd:TenantId"] = HomeTenantId.ToString(),
        ["AzureAd:ClientId"] = ClientId.ToString(),
        ["AzureAd:CallbackPath"] = "/signin-oidc",
        ["Hosting:PublicBaseUrl"] = "https://localhost",
    };

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.PostConfigure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, o =>
        {
            var configuration = new OpenIdConnectConfiguration
            {
                Issuer = Authority,
                AuthorizationEndpoint = AuthorizationEndpoint,
                TokenEndpoint = $"{Instance}{HomeTenantId}/oauth2/v2.0/token",
                EndSessionEndpoint = $"{Instance}{HomeTenantId}/oauth2/v2.0/logout",
            };
            o.Configuration = configuration;
            // The handler reads the configuration through its manager; a static one never fetches metadata.
            o.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
        });
}
