using System.Globalization;
using Marac.BrowserTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Marac.BrowserTests.Journeys;

/// <summary>
/// Two people in two browsers at one live meeting: the coordinator opens it, both agree to the confidentiality
/// statement, the representative's screen follows the case the coordinator moves to, and an action the
/// coordinator records appears on the representative's screen and is announced there.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveMeetingJourneyTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task The_coordinator_records_an_action_and_it_appears_on_the_representatives_screen()
    {
        await using var coordinator = await BrowserSession.OpenAsync(fixture, output, "live-1-coordinator");
        await coordinator.SignInAsync(DemoStaff.Coordinator.DisplayName);
        var livePath = await PublishAMeetingAsync(coordinator) + "/live";
        var chair = coordinator.Page;
        await coordinator.GotoAsync(livePath, "live-not-open");
        await chair.GetByRole(AriaRole.Button, new() { Name = "Open the meeting" }).ClickAsync();
        await coordinator.CheckPageAsync("live-statement");
        await AgreeAsync(coordinator, "live-coordinator-joined");

        await using var representative = await BrowserSession.OpenAsync(fixture, output, "live-2-representative");
        await representative.SignInAsync(DemoStaff.PoliceRepresentative.DisplayName);
        var rep = representative.Page;
        await representative.GotoAsync(livePath, "live-rep-statement");
        await Expect(rep.Locator("#statement")).ToContainTextAsync("must not be shared outside this meeting");
        await rep.GetByRole(AriaRole.Button, new() { Name = "Agree and join the meeting" }).ClickAsync();
        await representative.CheckPageAsync("live-rep-not-agreed");
        await Expect(rep.Locator(".govuk-error-summary")).ToContainTextAsync("Confirm that you agree to the confidentiality statement");
        await AgreeAsync(representative, "live-rep-joined");

        var move = chair.Locator("#agenda-list button").First;
        var reference = (await move.Locator(".govuk-visually-hidden").TextContentAsync())!.Trim();
        await move.FocusAsync();
        await chair.Keyboard.PressAsync("Enter");
        await Expect(chair.Locator("#current-case h3")).ToHaveTextAsync(reference);
        await Expect(rep.Locator("#current-case h3")).ToHaveTextAsync(reference);
        await Expect(rep.Locator("#live-announcer")).ToContainTextAsync($"moved to case {reference}");
        await representative.RecheckAsync("live-rep-follows-case");

        await chair.GetByRole(AriaRole.Button, new() { Name = "Record action" }).ClickAsync();
        await Expect(chair.Locator("#action-errors")).ToContainTextAsync("Actions are for agencies, never for the victim");
        await coordinator.RecheckAsync("live-action-errors");

        await chair.GetByLabel("Owner agency").SelectOptionAsync(new SelectOptionValue { Label = "West Midlands Police" });
        await chair.GetByLabel("What the agency will do").FillAsync("Flag the victim's address for an urgent response");
        var due = DateOnly.FromDateTime(DateTime.Today).AddDays(14);
        await chair.Locator("[name='Action.DueDate.Day']").FillAsync(due.Day.ToString(CultureInfo.InvariantCulture));
        await chair.Locator("[name='Action.DueDate.Month']").FillAsync(due.Month.ToString(CultureInfo.InvariantCulture));
        await chair.Locator("[name='Action.DueDate.Year']").FillAsync(due.Year.ToString(CultureInfo.InvariantCulture));
        await chair.GetByRole(AriaRole.Button, new() { Name = "Record action" }).ClickAsync();

        await Expect(chair.Locator("#action-list")).ToContainTextAsync("Flag the victim's address for an urgent response");
        await Expect(rep.Locator("#action-list")).ToContainTextAsync("Flag the victim's address for an urgent response");
        await Expect(rep.Locator("#live-announcer")).ToContainTextAsync("New action for West Midlands Police");
        await representative.RecheckAsync("live-rep-sees-action");
        await coordinator.RecheckAsync("live-coordinator-recorded");

        await representative.FinishAsync();
        await coordinator.FinishAsync();
    }

    private static async Task AgreeAsync(BrowserSession session, string step)
    {
        await session.Page.GetByLabel("I have read the confidentiality statement and agree to it for this meeting").CheckAsync();
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Agree and join the meeting" }).ClickAsync();
        await session.CheckPageAsync(step);
        await Expect(session.Page.Locator("#connection-status")).ToHaveTextAsync("Connected to the meeting.");
    }

    private static async Task<string> PublishAMeetingAsync(BrowserSession browser)
    {
        var page = browser.Page;
        var latest = await browser.App.WithDbAsync(db => db.Meetings.MaxAsync(m => m.StartsAt));
        var date = DateOnly.FromDateTime(latest).AddDays(98);
        await browser.GotoAsync("/meetings/new", "live-schedule");
        await page.Locator("[name='Form.Date.Day']").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator("[name='Form.Date.Month']").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator("[name='Form.Date.Year']").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Start time").FillAsync("9:30am");
        await page.GetByLabel("Venue", new() { Exact = true }).FillAsync("Council House, committee room 2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/meetings/", StringComparison.Ordinal) && !url.EndsWith("/new", StringComparison.Ordinal));
        await browser.CheckPageAsync("live-meeting-scheduled");
        var meetingPath = page.PathOf();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the proposed agenda" }).ClickAsync();
        await browser.CheckPageAsync("live-agenda-proposed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish the agenda" }).ClickAsync();
        await browser.CheckPageAsync("live-agenda-published");
        return meetingPath;
    }
}
