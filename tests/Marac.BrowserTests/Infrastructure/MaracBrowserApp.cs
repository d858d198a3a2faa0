using System.Net;
using System.Security.Cryptography.X509Certificates;
using Marac.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Marac.BrowserTests.Infrastructure;

/// <summary>
/// The real app on Kestrel, on a random loopback port, for a real browser to drive: the Development
/// environment (so the development sign-in page is offered), its own temporary SQLite file, migrated
/// on startup and seeded with the demo partnership. Served over HTTPS with a throwaway certificate
/// (see <see cref="LoopbackCertificate"/>).
/// </summary>
public sealed class MaracBrowserApp : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"marac-browser-tests-{Guid.NewGuid():N}.db");
    private readonly X509Certificate2 _certificate = LoopbackCertificate.Create();

    public MaracBrowserApp()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(_certificate)));
    }

    public ServerLog Log { get; } = new();

    /// <summary>https://127.0.0.1:port, once <see cref="Start"/> has run.</summary>
    public Uri RootUri { get; private set; } = null!;

    /// <summary>Builds and starts the app (migrating and seeding the database) and works out its address.</summary>
    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"Kestrel did not report an HTTPS address (it reported: {string.Join(", ", addresses)}).");
        RootUri = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Development);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Marac", $"Data Source={_databasePath}");
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Demo:Seed", "true");
        // Served over HTTPS, so the cookies are as in production: __Host-, Secure, HttpOnly
        // (appsettings.Development.json relaxes that for a developer's plain-http dotnet run).
        builder.UseSetting("Cookies:SecureOnly", "true");
        // No Entra settings: the development sign-in page is the way in.
        builder.UseSetting("AzureAd:ClientId", "");
        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            logging.AddProvider(Log);
            logging.SetMinimumLevel(LogLevel.Warning);
        });
    }

    /// <summary>Runs <paramref name="work"/> against the app's database in a fresh scope.</summary>
    public async Task<T> WithDbAsync<T>(Func<MaracDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<MaracDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _certificate.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm", _databasePath + "-journal" })
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // A leftover temporary file does no harm.
            }
        }
    }
}
