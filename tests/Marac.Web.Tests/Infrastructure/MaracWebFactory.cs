using System.Security.Claims;
using Marac.Data;
using Marac.Data.Demo;
using Marac.Data.Entities;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marac.Web.Tests.Infrastructure;

/// <summary>
/// The real app, in the Development environment, on its own temporary SQLite file: migrated and seeded
/// with the demo partnership on first use (a few seconds, so share one per test class or collection).
/// Requests are signed in per client with the <see cref="TestAuthHandler"/> header; without it the
/// app's own cookie session applies. The clock is a <see cref="FakeTimeProvider"/> and every log line
/// is kept in <see cref="Logs"/>.
/// </summary>
public class MaracWebFactory : WebApplicationFactory<Program>
{
    public static readonly Uri BaseAddress = new("https://localhost");

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"marac-web-tests-{Guid.NewGuid():N}.db");

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

    public LogCapture Logs { get; } = new();

    /// <summary>Where the app writes notification e-mails as .eml files.</summary>
    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), $"marac-web-tests-mail-{Guid.NewGuid():N}");

    /// <summary>The hosting environment the app runs in.</summary>
    protected virtual string HostEnvironment => Environments.Development;

    /// <summary>Whether the test authentication scheme is installed as the default scheme.</summary>
    protected virtual bool UseTestScheme => true;

    /// <summary>
    /// Configuration on top of the app's own, applied before Program reads it. By default the cookies
    /// are made as in production (<c>__Host-</c>, Secure): appsettings.Development.json turns that off
    /// for a developer's http://localhost, but the tests run over https.
    /// </summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Cookies:SecureOnly"] = "true",
        // Tests that need retention run it themselves; a host alive across 02:00 must not anonymise mid-test.
        ["Retention:DailyJob"] = "false",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(HostEnvironment);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Marac", $"Data Source={_databasePath}");
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Mail:Folder", MailFolder);
        builder.UseSetting("Audit:KeyFile", Path.ChangeExtension(_databasePath, ".audit-keys.json"));
        builder.UseSetting("Audit:AnchorFolder", Path.ChangeExtension(_databasePath, ".audit-anchors"));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            logging.AddProvider(Logs);
            // Everything at Information and above, whatever appsettings says, except EF Core's per-command
            // SQL (statement text only, never values; it would fill memory while the demo data is seeded).
            logging.AddFilter<LogCapture>(null, LogLevel.Information);
            logging.AddFilter<LogCapture>("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Warning);
        });

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            if (UseTestScheme)
            {
                services.AddAuthentication(o =>
                    {
                        o.DefaultScheme = TestAuthHandler.SchemeName;
                        o.DefaultAuthenticateScheme = TestAuthHandler.SchemeName;
                        o.DefaultChallengeScheme = TestAuthHandler.SchemeName;
                        o.DefaultForbidScheme = TestAuthHandler.SchemeName;
                        o.DefaultSignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                        o.DefaultSignOutScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                    })
                    .AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.SchemeName,
                        o => TestAuthHandler.Configure(o, CookieAuthenticationDefaults.AuthenticationScheme));
            }
            ConfigureTestServices(services);
        });
    }

    /// <summary>Extra service overrides for a derived factory.</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    /// <summary>A client with no user and no cookies yet: https://localhost, redirects not followed, cookies kept.</summary>
    public HttpClient CreateAnonymousClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = BaseAddress,
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    /// <summary>A client signed in (through the test scheme) as the staff user with this Entra object id.</summary>
    public HttpClient CreateClientAs(Guid objectId, Guid? tenantId = null)
    {
        var client = CreateAnonymousClient();
        client.DefaultRequestHeaders.Add(TestAuthHandler.UserHeader, objectId.ToString());
        client.DefaultRequestHeaders.Add(TestAuthHandler.TenantHeader, (tenantId ?? DemoPartnership.DevelopmentTenantId).ToString());
        return client;
    }

    /// <summary>A client signed in as the demo user with this role (the first listed), or whose description or name contains the text.</summary>
    public HttpClient CreateClientAs(string roleOrDescription) => CreateClientAs(DemoUsers.Find(roleOrDescription).ObjectId);

    public HttpClient CreateClientAs(AppRoles role) => CreateClientAs(DemoUsers.For(role).ObjectId);

    /// <summary>Runs <paramref name="work"/> against the app's database in a fresh scope.</summary>
    public async Task<T> WithDbAsync<T>(Func<MaracDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<MaracDbContext>());
    }

    public async Task WithDbAsync(Func<MaracDbContext, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<MaracDbContext>());
    }

    /// <summary>The database record of a staff user, found by Entra object id.</summary>
    public Task<StaffUser> StaffAsync(Guid objectId) =>
        WithDbAsync(db => db.StaffUsers.AsNoTracking().Include(u => u.Agency).SingleAsync(u => u.ObjectId == objectId));

    /// <summary>The highest audit sequence so far: events after it were written by what the test did next.</summary>
    public async Task<long> LastAuditSequenceAsync() =>
        await WithDbAsync(db => db.AuditEvents.MaxAsync(e => (long?)e.Sequence)) ?? 0;

    public Task<List<AuditEvent>> AuditEventsAfterAsync(long sequence) =>
        WithDbAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.Sequence > sequence).OrderBy(e => e.Sequence).ToListAsync());

    /// <summary>
    /// A session cookie for this principal, made exactly as the cookie handler makes it when the
    /// OpenID Connect handler signs a user in after validating their token (Entra factories only need it).
    /// </summary>
    public string SessionCookieHeader(ClaimsPrincipal principal)
    {
        var options = Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(CookieAuthenticationDefaults.AuthenticationScheme);
        var now = Clock.GetUtcNow();
        var properties = new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now.Add(options.ExpireTimeSpan) };
        // The remote handler marks the tickets it issues, and accepts only those when asked to authenticate.
        properties.Items[".AuthScheme"] = OpenIdConnectDefaults.AuthenticationScheme;
        var ticket = new AuthenticationTicket(principal, properties, CookieAuthenticationDefaults.AuthenticationScheme);
        return $"{options.Cookie.Name}={options.TicketDataFormat.Protect(ticket)}";
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(MailFolder))
        {
            Directory.Delete(MailFolder, recursive: true);
        }
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm", _databasePath + "-journal" })
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // A leftover temp file is harmless.
            }
        }
        GC.SuppressFinalize(this);
    }
}

/// <summary>Looks up the demo partnership's staff, as listed in <see cref="DemoPartnership.Users"/>.</summary>
public static class DemoUsers
{
    public static DemoUser For(AppRoles role) =>
        DemoPartnership.Users.FirstOrDefault(u => u.Roles == role)
        ?? throw new InvalidOperationException($"The demo partnership has no user whose only role is {role}.");

    public static DemoUser Find(string roleOrDescription)
    {
        if (Enum.TryParse<AppRoles>(roleOrDescription, ignoreCase: true, out var role) && role != AppRoles.None)
        {
            return For(role);
        }
        return DemoPartnership.Users.FirstOrDefault(u =>
                   u.Description.Contains(roleOrDescription, StringComparison.OrdinalIgnoreCase)
                   || u.DisplayName.Contains(roleOrDescription, StringComparison.OrdinalIgnoreCase))
               ?? throw new InvalidOperationException($"No demo user's role, name or description matches '{roleOrDescription}'.");
    }
}

/// <summary>One app shared by the test classes in the collection: seeding the demo partnership once keeps the suite fast.</summary>
[CollectionDefinition(Name)]
public sealed class SharedAppCollection : ICollectionFixture<MaracWebFactory>
{
    public const string Name = "Shared Marac app";
}
