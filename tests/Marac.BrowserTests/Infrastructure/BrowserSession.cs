using System.Diagnostics;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Marac.BrowserTests.Infrastructure;

/// <summary>
/// One test's browser: a fresh context (no cookies from other tests) and a page that is watched.
/// Every page the test loads must be passed through <see cref="CheckPageAsync"/>, which runs axe and
/// saves a full-page screenshot; <see cref="FinishAsync"/> fails the test if a page was loaded and
/// never checked, if a script dialog opened (markup typed into a name must never run), if the page
/// logged a script or Content-Security-Policy error, if a page came back 4xx/5xx, or if the server
/// logged an error.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly BrowserFixture _fixture;
    private readonly ITestOutputHelper _output;
    private readonly string _test;
    private readonly int _serverLogStart;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<string> _loads = [];
    private readonly List<string> _dialogs = [];
    private readonly List<string> _scriptErrors = [];
    private readonly List<string> _badResponses = [];
    private readonly List<string> _expectedScriptErrors = [];
    private readonly object _gate = new();
    private int _checkedLoads;
    private int _step;
    private bool _finished;

    private BrowserSession(BrowserFixture fixture, ITestOutputHelper output, string test, IBrowserContext context, IPage page)
    {
        _fixture = fixture;
        _output = output;
        _test = test;
        Context = context;
        Page = page;
        _serverLogStart = fixture.App.Log.Count;

        page.Load += (_, loaded) => Record(_loads, loaded.Url);
        page.Dialog += (_, dialog) =>
        {
            Record(_dialogs, $"{dialog.Type}: {dialog.Message}");
            _ = dialog.DismissAsync();
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !IsExpected(message.Text))
            {
                Record(_scriptErrors, $"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => Record(_scriptErrors, error);
        page.Response += (_, response) =>
        {
            if (response.Request.IsNavigationRequest && response.Frame == page.MainFrame && response.Status >= 400)
            {
                Record(_badResponses, $"{response.Status} {response.Request.Method} {response.Url}");
            }
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public MaracBrowserApp App => _fixture.App;

    public static async Task<BrowserSession> OpenAsync(BrowserFixture fixture, ITestOutputHelper output, string test)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.App.RootUri.ToString(),
            IgnoreHTTPSErrors = true,
            Locale = "en-GB",
            TimezoneId = "Europe/London",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        return new BrowserSession(fixture, output, test, context, page);
    }

    /// <summary>Opens a path of the app and checks the page it lands on.</summary>
    public async Task GotoAsync(string path, string step)
    {
        await Page.GotoAsync(path);
        await CheckPageAsync(step);
    }

    /// <summary>
    /// Opens a path the signed-in person may not see, as if they typed it: the app must answer with its
    /// access-denied page (403), which is then checked like any other page.
    /// </summary>
    public async Task GotoRefusedAsync(string path, string step)
    {
        var response = await Page.GotoAsync(path);
        response.ShouldNotBeNull();
        response.Status.ShouldBe(403, $"{path} should be refused");
        lock (_gate)
        {
            _badResponses.RemoveAll(r => r.StartsWith("403 GET ", StringComparison.Ordinal) && r.Contains("/access-denied", StringComparison.Ordinal));
            // Chromium also reports the refused navigation on the console.
            _scriptErrors.RemoveAll(e => e.Contains("status of 403", StringComparison.Ordinal) && e.Contains("/access-denied", StringComparison.Ordinal));
        }
        await CheckPageAsync(step);
    }

    /// <summary>
    /// Opens a path that must not exist for the signed-in person (a case they may not see): the app answers 404 with its
    /// not-found page, which is then checked like any other page.
    /// </summary>
    public async Task GotoNotFoundAsync(string path, string step)
    {
        var response = await Page.GotoAsync(path);
        response.ShouldNotBeNull();
        response.Status.ShouldBe(404, $"{path} should not be found");
        lock (_gate)
        {
            _badResponses.RemoveAll(r => r.StartsWith("404 GET ", StringComparison.Ordinal) && r.EndsWith(path, StringComparison.Ordinal));
            _scriptErrors.RemoveAll(e => e.Contains("status of 404", StringComparison.Ordinal));
        }
        await CheckPageAsync(step);
    }

    /// <summary>
    /// For a test that breaks something on purpose: from now on, console errors containing
    /// <paramref name="fragment"/> are what the test expects, not a failure. Page errors (uncaught
    /// exceptions) still fail the test.
    /// </summary>
    public void ExpectConsoleErrors(string fragment)
    {
        lock (_gate)
        {
            _expectedScriptErrors.Add(fragment);
        }
    }

    /// <summary>
    /// Call after every navigation (a link followed, a form posted): waits for the new page, fails on
    /// anything <see cref="FinishAsync"/> would, runs axe and saves a screenshot.
    /// </summary>
    public async Task CheckPageAsync(string step)
    {
        await Page.WaitForLoadStateAsync(LoadState.Load);
        await WaitForAsync(() => LoadCount() > _checkedLoads, $"a new page to load before checking '{step}'");
        AssertNothingWentWrong(step);
        await ScreenshotAndAxeAsync(step);
        lock (_gate)
        {
            _checkedLoads = _loads.Count;
        }
    }

    /// <summary>Checks the current page again after script has changed it (no new page load).</summary>
    public async Task RecheckAsync(string step)
    {
        AssertNothingWentWrong(step);
        await ScreenshotAndAxeAsync(step);
    }

    /// <summary>Ends the test: every loaded page was checked, and nothing went wrong along the way.</summary>
    public async Task FinishAsync()
    {
        await Task.Delay(100);
        AssertNothingWentWrong("the end of the test");
        string[] notChecked;
        lock (_gate)
        {
            notChecked = _loads.Skip(_checkedLoads).ToArray();
        }
        notChecked.ShouldBeEmpty($"These pages loaded but were never checked with axe: {string.Join(", ", notChecked)}");
        _finished = true;
        Log("finished");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_finished)
        {
            // The test failed (or forgot FinishAsync): keep a picture of where it stopped.
            try
            {
                await Page.ScreenshotAsync(new PageScreenshotOptions { Path = _fixture.Screenshots.PathFor(_test, 99, "where-it-stopped"), FullPage = true });
            }
            catch (PlaywrightException)
            {
                // The page may already be gone.
            }
        }
        await Context.CloseAsync();
    }

    private async Task ScreenshotAndAxeAsync(string step)
    {
        var number = ++_step;
        var path = _fixture.Screenshots.PathFor(_test, number, step);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        await Accessibility.AssertNoViolationsAsync(Page, $"'{step}' in {_test}");
        Log($"checked '{step}' at {new Uri(Page.Url).PathAndQuery} (axe clean, {Path.GetFileName(path)})");
    }

    private void AssertNothingWentWrong(string step)
    {
        string[] dialogs, errors, responses;
        lock (_gate)
        {
            dialogs = [.. _dialogs];
            errors = [.. _scriptErrors];
            responses = [.. _badResponses];
        }
        var serverErrors = _fixture.App.Log.Since(_serverLogStart)
            .Where(e => e.StartsWith("Error", StringComparison.Ordinal) || e.StartsWith("Critical", StringComparison.Ordinal))
            .ToArray();
        var problems = new List<string>();
        void Add(string what, string[] entries)
        {
            if (entries.Length > 0)
            {
                problems.Add($"{what}:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", entries)}");
            }
        }
        Add("A script dialog opened (text typed into the app ran as script)", dialogs);
        Add("A page came back with an error status", responses);
        Add("The page logged script or Content-Security-Policy errors", errors);
        Add("The server logged errors", serverErrors);
        if (problems.Count > 0)
        {
            throw new Xunit.Sdk.XunitException($"By '{step}' in {_test}:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
        }
    }

    private int LoadCount()
    {
        lock (_gate)
        {
            return _loads.Count;
        }
    }

    private bool IsExpected(string consoleError)
    {
        lock (_gate)
        {
            return _expectedScriptErrors.Exists(fragment => consoleError.Contains(fragment, StringComparison.Ordinal));
        }
    }

    private void Record(List<string> list, string entry)
    {
        lock (_gate)
        {
            list.Add(entry);
        }
    }

    private static async Task WaitForAsync(Func<bool> condition, string what)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(10))
            {
                throw new TimeoutException($"Waited 10 s for {what}.");
            }
            await Task.Delay(20);
        }
    }

    private void Log(string message) => _output.WriteLine($"[{_clock.Elapsed.TotalSeconds,6:0.0}s] {_test}: {message}");
}
