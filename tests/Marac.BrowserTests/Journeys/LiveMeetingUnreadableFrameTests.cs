using System.Text.RegularExpressions;
using Marac.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Marac.BrowserTests.Journeys.LiveMeetingSteps;
using static Microsoft.Playwright.Assertions;

namespace Marac.BrowserTests.Journeys;

/// <summary>
/// The representative's live page receives a frame it cannot parse, and later a close message from the server.
/// Its connection to the meeting hub passes through a route in the test, which forwards everything both ways and
/// can also hold back the page's next negotiation: so the page is certainly offline while the coordinator records
/// an action. Each time the page must reconnect by itself, say it was offline and has been brought up to date,
/// and show each action once; after the second, the meeting's conclusion still reaches it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class LiveMeetingUnreadableFrameTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const string Before = "Check the perpetrator's bail conditions";
    private const string WhileOffline = "Share the address history with the IDVA service";
    private const string WhileClosed = "Refer the children to early help";

    [Fact]
    public async Task After_a_frame_it_cannot_parse_the_representatives_page_reconnects_and_holds_each_action_once()
    {
        await using var coordinator = await BrowserSession.OpenAsync(fixture, output, "frame-1-coordinator");
        await coordinator.SignInAsync(DemoStaff.Coordinator.DisplayName);
        var livePath = await PublishAMeetingAsync(coordinator, 400, "frame") + "/live";
        var chair = coordinator.Page;
        await coordinator.GotoAsync(livePath, "frame-not-open");
        // Scheduled months ahead, so opening it now asks for confirmation.
        await chair.GetByLabel("Yes, open the meeting now, before its start time").CheckAsync();
        await chair.GetByRole(AriaRole.Button, new() { Name = "Open the meeting" }).ClickAsync();
        await coordinator.CheckPageAsync("frame-statement");
        await AgreeAsync(coordinator, "frame-coordinator-joined");

        await using var representative = await BrowserSession.OpenAsync(fixture, output, "frame-2-representative");
        await representative.SignInAsync(DemoStaff.PoliceRepresentative.DisplayName);
        var rep = representative.Page;
        IWebSocketRoute? toPage = null;
        var sockets = 0;
        await rep.RouteWebSocketAsync(url => new Uri(url).AbsolutePath == "/hubs/meeting", route =>
        {
            route.ConnectToServer();
            toPage = route;
            Interlocked.Increment(ref sockets);
        });
        TaskCompletionSource? negotiation = null;
        await rep.RouteAsync(url => new Uri(url).AbsolutePath == "/hubs/meeting/negotiate", async route =>
        {
            if (Volatile.Read(ref negotiation) is { } held)
            {
                await held.Task;
            }
            await route.ContinueAsync();
        });
        await representative.GotoAsync(livePath, "frame-rep-statement");
        await AgreeAsync(representative, "frame-rep-joined");

        var reference = await MoveToFirstCaseAsync(chair);
        await Expect(rep.Locator("#current-case h3")).ToHaveTextAsync(reference);
        await RecordActionAsync(chair, Before);
        await Expect(rep.Locator("#action-list")).ToContainTextAsync(Before);

        // A frame the SignalR client cannot parse (JSON frames end with the record separator). The client logs
        // the parse error to the console as it drops the connection: that error is what this test expects.
        representative.ExpectConsoleErrors("SyntaxError");
        await OfflineWhileAnActionIsRecordedAsync(representative, "{not json\u001e", WhileOffline, "frame-rep-offline");
        // Then the server's close message, which ends the connection for good: the page must start a new one itself.
        await OfflineWhileAnActionIsRecordedAsync(representative, "{\"type\":7}\u001e", WhileClosed, "frame-rep-closed");

        var shown = await rep.Locator("#action-list > li").AllInnerTextsAsync();
        shown.Count.ShouldBe(3, $"The representative's actions: {string.Join(" | ", shown)}");
        foreach (var description in new[] { Before, WhileOffline, WhileClosed })
        {
            shown.Count(text => text.Contains(description, StringComparison.Ordinal)).ShouldBe(1, description);
        }
        Volatile.Read(ref sockets).ShouldBe(3, "the page should have opened one new connection each time, not more");
        await representative.RecheckAsync("frame-rep-brought-up-to-date");

        async Task OfflineWhileAnActionIsRecordedAsync(BrowserSession session, string frame, string action, string step)
        {
            // The page's next negotiation is held back until the action is recorded, so the page is certainly offline then.
            var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Volatile.Write(ref negotiation, held);
            toPage.ShouldNotBeNull().Send(frame);
            await Expect(session.Page.Locator("#connection-status")).ToHaveTextAsync("You are offline. Reconnecting…");
            await session.RecheckAsync(step);
            await RecordActionAsync(chair, action);
            Volatile.Write(ref negotiation, null);
            held.SetResult();
            await Expect(session.Page.Locator("#connection-status")).ToHaveTextAsync(BroughtUpToDate());
            await Expect(session.Page.Locator("#live-announcer")).ToHaveTextAsync("Reconnected. The meeting has been brought up to date.");
            await Expect(session.Page.Locator("#action-list")).ToContainTextAsync(action);
        }

        // The chair defers the current case and is told where it went; the representative's page shows it deferred
        // (with only what the agency may still see of it: deferred, the case is no longer on this meeting's agenda).
        await chair.Locator("#DeferReason").FillAsync("The referrer is not here and has not briefed anyone");
        await chair.GetByRole(AriaRole.Button, new() { Name = "Defer case" }).ClickAsync();
        await Expect(chair.Locator("#lead-outcome")).ToContainTextAsync("Case deferred");
        await Expect(chair.Locator("#DeferReason")).ToHaveValueAsync("");
        await Expect(chair.Locator("#current-case")).ToContainTextAsync("Deferred: The referrer is not here and has not briefed anyone");
        await Expect(rep.Locator("#current-case")).ToContainTextAsync("StatusDeferred");
        await coordinator.RecheckAsync("frame-case-deferred");

        // One press takes the chair on to the next case still to be heard, and everyone follows.
        var nextCase = chair.Locator("#next-case");
        var next = (await nextCase.TextContentAsync())!.Replace("Next case: ", "", StringComparison.Ordinal).Trim();
        next.ShouldNotBe(reference);
        await nextCase.FocusAsync();
        await chair.Keyboard.PressAsync("Enter");
        await Expect(chair.Locator("#current-case h3")).ToHaveTextAsync(next);
        await Expect(rep.Locator("#current-case h3")).ToHaveTextAsync(next);

        // Concluding frees this meeting's cases for the other journeys, and reaches the reconnected page too.
        await chair.GetByLabel("Yes, end the meeting now").CheckAsync();
        await chair.GetByRole(AriaRole.Button, new() { Name = "Conclude the meeting" }).ClickAsync();
        await coordinator.CheckPageAsync("frame-concluded");
        await Expect(rep.Locator("#connection-status")).ToHaveTextAsync("The meeting has ended. The minutes will be issued by the coordinator.");

        await representative.FinishAsync();
        await coordinator.FinishAsync();
    }

    [GeneratedRegex(@"^You were offline from \d\d:\d\d\. The meeting has been brought up to date\.$")]
    private static partial Regex BroughtUpToDate();
}
