using Microsoft.Playwright;

namespace Marac.BrowserTests.Infrastructure;

/// <summary>
/// One app and one headless Chromium for the whole collection (starting the app seeds the demo
/// partnership, which takes a few seconds). Each test opens its own <see cref="BrowserSession"/>: a new
/// browser context, so no cookies or storage leak from one test to the next.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian Chromium, headless, with nothing that phones home.</summary>
    public static readonly IReadOnlyList<string> ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public MaracBrowserApp App { get; } = new();

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not been started.");

    public Screenshots Screenshots { get; } = new();

    public async Task InitializeAsync()
    {
        // Fails with instructions, before anything slow, when Chromium is missing.
        var chromium = ChromiumLocator.Find();
        Screenshots.Clear();
        var appStarted = Task.Run(App.Start);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 60_000,
        });
        await appStarted;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Marac in Chromium";
}
