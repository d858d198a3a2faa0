using Marac.Web.Tests.Infrastructure;
using Microsoft.Extensions.Hosting;

namespace Marac.Web.Tests.Security;

/// <summary>The app will not run in production without a real sign-in.</summary>
public sealed class StartupConfigurationTests
{
    private sealed class ProductionWithoutEntra : MaracWebFactory
    {
        protected override string HostEnvironment => Environments.Production;

        protected override bool UseTestScheme => false;

        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["AzureAd:TenantId"] = "",
            ["AzureAd:ClientId"] = "",
        };
    }

    [Fact]
    public async Task Outside_development_without_Entra_settings_the_app_refuses_to_start_and_says_why()
    {
        await using var factory = new ProductionWithoutEntra();

        var exception = Should.Throw<InvalidOperationException>(() => factory.Services);

        exception.Message.ShouldContain("AzureAd");
    }
}
