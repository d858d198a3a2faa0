using System.Net;
using System.Text.RegularExpressions;
using Marac.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Marac.Benchmarks.LiveMeeting;

/// <summary>One instance of the real app on Kestrel (plain HTTP on loopback), sharing a SQLite file with any other instance.</summary>
public sealed partial class LiveMeetingHost : WebApplicationFactory<Marac.Web.Features.LiveMeeting.MeetingHub>
{
    private readonly string _database;
    private readonly string? _redis;

    public LiveMeetingHost(string database, string? redis)
    {
        (_database, _redis) = (database, redis);
        // WebApplicationFactory looks for the app's folder beside a test project; the harness runs from bin/Release.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_MARAC_WEB", WebProjectFolder());
        UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
    }

    public Uri Root { get; private set; } = null!;

    public void Start()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Root = new Uri(address.TrimEnd('/') + "/");
    }

    public async Task<T> WithDbAsync<T>(Func<MaracDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<MaracDbContext>());
    }

    /// <summary>Signs in through the development sign-in page; returns the session cookie.</summary>
    public async Task<string> SignInAsync(int staffUserId)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true };
        using var client = new HttpClient(handler) { BaseAddress = Root };
        var page = await client.GetStringAsync("/dev/sign-in");
        var token = TokenPattern().Match(page).Groups[1].Value;
        using var response = await client.PostAsync("/dev/sign-in", new FormUrlEncodedContent(
            [new("UserId", staffUserId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("__RequestVerificationToken", token)]));
        return string.Join("; ", handler.CookieContainer.GetCookies(Root).Select(c => $"{c.Name}={c.Value}"));
    }

    public HubConnection Hub(string cookie) => new HubConnectionBuilder()
        .WithUrl(new Uri(Root, "hubs/meeting"), o =>
        {
            o.Headers["Cookie"] = cookie;
            o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.WebSockets;
        })
        .Build();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Development);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Marac", $"Data Source={_database}");
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Cookies:SecureOnly", "false");
        builder.UseSetting("AzureAd:ClientId", "");
        builder.UseSetting("Session:IdleTimeoutMinutes", "120");
        if (_redis is not null)
        {
            builder.UseSetting("SignalR:Redis", _redis);
        }
        builder.ConfigureLogging(l => l.ClearProviders().SetMinimumLevel(LogLevel.Warning));
    }

    private static string WebProjectFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !Directory.Exists(Path.Combine(folder.FullName, "src", "Marac.Web")))
        {
            folder = folder.Parent;
        }
        return Path.Combine(folder?.FullName ?? throw new InvalidOperationException("Run the harness from within the repository."), "src", "Marac.Web");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
