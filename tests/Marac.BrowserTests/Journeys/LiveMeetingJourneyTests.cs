using Marac.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Marac.BrowserTests.Journeys.LiveMeetingSteps;
using static Microsoft.Playwright.Assertions;

namespace Marac.BrowserTests.Journeys;

/// <summary>
/// Two people in two browsers at one live meeting: the coordinator opens it, both agree to the confidentiality
/// statement (the representative joining from their agency's agenda), the representative's screen follows the
/// case the coordinator moves to, and an action the coordinator records appears on the representative's screen
/// and is announced there. Then the coordinator concludes the meeting: the representative's screen says it has
/// ended, the coordinator lands on the draft minutes, the chair (in a third browser) approves them and the
/// coordinator issues them, after which the representative finds them from the finished live page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveMeetingJourneyTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const string Ended = "The meeting has ended. The minutes will be issued by the coordinator.";

    [Fact]
    public async Task The_coordinator_records_an_action_and_it_appears_on_the_representatives_screen_then_concludes_the_meeting()
    {
        await using var coordinator = await BrowserSession.OpenAsync(fixture, output, "live-1-coordinator");
        await coordinator.SignInAsync(DemoStaff.Coordinator.DisplayName);
        var meetingPath = await PublishAMeetingAsync(coordinator, 430, "live");
        var livePath = meetingPath + "/live";
        var chair = coordinator.Page;
        await coordinator.GotoAsync(livePath, "live-not-open");
        // Scheduled months ahead, so opening it now asks for confirmation.
        await chair.GetByLabel("Yes, open the meeting now, before its start time").CheckAsync();
        await chair.GetByRole(AriaRole.Button, new() { Name = "Open the meeting" }).ClickAsync();
        await coordinator.CheckPageAsync("live-statement");
        await AgreeAsync(coordinator, "live-coordinator-joined");

        await using var representative = await BrowserSession.OpenAsync(fixture, output, "live-2-representative");
        await representative.SignInAsync(DemoStaff.PoliceRepresentative.DisplayName);
        var rep = representative.Page;
        await representative.GotoAsync(meetingPath.Replace("/meetings/", "/agendas/", StringComparison.Ordinal), "live-rep-agenda");
        await rep.GetByRole(AriaRole.Link, new() { Name = "Join the live meeting" }).ClickAsync();
        await representative.CheckPageAsync("live-rep-statement");
        await Expect(rep.Locator("#statement")).ToContainTextAsync("must not be shared outside this meeting");
        await rep.GetByRole(AriaRole.Button, new() { Name = "Agree and join the meeting" }).ClickAsync();
        await representative.CheckPageAsync("live-rep-not-agreed");
        await Expect(rep.Locator(".govuk-error-summary")).ToContainTextAsync("Confirm that you agree to the confidentiality statement");
        await AgreeAsync(representative, "live-rep-joined");

        var reference = await MoveToFirstCaseAsync(chair);
        await Expect(rep.Locator("#current-case h3")).ToHaveTextAsync(reference);
        await Expect(rep.Locator("#live-announcer")).ToContainTextAsync($"moved to case {reference}");
        await representative.RecheckAsync("live-rep-follows-case");

        await chair.GetByRole(AriaRole.Button, new() { Name = "Record action" }).ClickAsync();
        await Expect(chair.Locator("#action-errors")).ToContainTextAsync("Actions are for agencies, never for the victim");
        await coordinator.RecheckAsync("live-action-errors");

        await RecordActionAsync(chair, "Flag the victim's address for an urgent response");
        await Expect(rep.Locator("#action-list")).ToContainTextAsync("Flag the victim's address for an urgent response");
        await Expect(rep.Locator("#live-announcer")).ToContainTextAsync("New action for West Midlands Police");
        await representative.RecheckAsync("live-rep-sees-action");
        await coordinator.RecheckAsync("live-coordinator-recorded");

        // The coordinator concludes: the cases not reached are deferred, and everyone's screen says the meeting has ended.
        await Expect(chair.Locator("#unmarked-cases")).ToContainTextAsync("Concluding the meeting defers");
        await chair.GetByLabel("Yes, end the meeting now").CheckAsync();
        await chair.GetByRole(AriaRole.Button, new() { Name = "Conclude the meeting" }).ClickAsync();
        await coordinator.CheckPageAsync("live-concluded-draft-minutes");
        var minutesPath = meetingPath.Replace("/meetings/", "/minutes/", StringComparison.Ordinal);
        chair.PathOf().ShouldBe(minutesPath);
        await Expect(chair.GetByRole(AriaRole.Main)).ToContainTextAsync("The meeting has concluded.");
        await Expect(rep.Locator("#connection-status")).ToHaveTextAsync(Ended);
        await Expect(rep.Locator("#live-announcer")).ToHaveTextAsync(Ended);
        await Expect(rep.Locator("#action-form")).ToBeHiddenAsync();
        await Expect(rep.Locator("#current-case")).ToContainTextAsync("Deferred: Not reached before the meeting ended");
        await Expect(rep.Locator("#agenda-list")).Not.ToContainTextAsync("Not yet heard");
        await Expect(rep.Locator("#action-list")).ToContainTextAsync("Flag the victim's address for an urgent response");
        await representative.RecheckAsync("live-rep-meeting-ended");

        // The meeting's chair approves the draft in their own browser; the coordinator issues it.
        await using var meetingChair = await BrowserSession.OpenAsync(fixture, output, "live-3-chair");
        await meetingChair.SignInAsync(DemoStaff.Chair.DisplayName);
        await meetingChair.GotoAsync(minutesPath, "live-chair-draft-minutes");
        await meetingChair.Page.GetByRole(AriaRole.Button, new() { Name = "Approve the minutes" }).ClickAsync();
        await meetingChair.CheckPageAsync("live-chair-approved");
        await Expect(meetingChair.Page.GetByRole(AriaRole.Main)).ToContainTextAsync("Minutes version 1 approved");

        await coordinator.GotoAsync(minutesPath, "live-approved-minutes");
        await chair.GetByRole(AriaRole.Button, new() { Name = "Issue the minutes" }).ClickAsync();
        await coordinator.CheckPageAsync("live-minutes-issued");
        await Expect(chair.GetByRole(AriaRole.Main)).ToContainTextAsync("Minutes version 1 issued");

        // The representative's finished live page now leads to the issued minutes.
        await representative.GotoAsync(livePath, "live-rep-finished");
        await Expect(rep.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("This meeting has finished");
        await rep.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Minutes", Exact = true }).ClickAsync();
        await representative.CheckPageAsync("live-rep-issued-minutes");
        await Expect(rep.Locator("#minutes-status")).ToContainTextAsync("Issued");

        await meetingChair.FinishAsync();
        await representative.FinishAsync();
        await coordinator.FinishAsync();
    }
}
