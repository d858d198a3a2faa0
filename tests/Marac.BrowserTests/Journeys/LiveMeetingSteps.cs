using System.Globalization;
using Marac.BrowserTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Marac.BrowserTests.Journeys;

/// <summary>What the live meeting journeys have in common: a published meeting, the statement agreed, an action recorded.</summary>
internal static class LiveMeetingSteps
{
    /// <summary>
    /// Schedules a meeting <paramref name="daysAfterTheLatest"/> days after the latest one (so journeys do not clash),
    /// with the demo chair in the chair, creates its proposed agenda and publishes it; returns the meeting's path.
    /// </summary>
    public static async Task<string> PublishAMeetingAsync(BrowserSession browser, int daysAfterTheLatest, string step)
    {
        var page = browser.Page;
        var latest = await browser.App.WithDbAsync(db => db.Meetings.MaxAsync(m => m.StartsAt));
        var date = DateOnly.FromDateTime(latest).AddDays(daysAfterTheLatest);
        await browser.GotoAsync("/meetings/new", $"{step}-schedule");
        await page.Locator("[name='Form.Date.Day']").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator("[name='Form.Date.Month']").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator("[name='Form.Date.Year']").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Start time").FillAsync("9:30am");
        await page.GetByLabel("Venue", new() { Exact = true }).FillAsync("Council House, committee room 2");
        await page.GetByLabel("Chair", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = DemoStaff.Chair.DisplayName });
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/meetings/", StringComparison.Ordinal) && !url.EndsWith("/new", StringComparison.Ordinal));
        await browser.CheckPageAsync($"{step}-scheduled");
        var meetingPath = page.PathOf();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the proposed agenda" }).ClickAsync();
        await browser.CheckPageAsync($"{step}-agenda-proposed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish the agenda" }).ClickAsync();
        await browser.CheckPageAsync($"{step}-agenda-published");
        return meetingPath;
    }

    /// <summary>Agrees to the confidentiality statement and waits until the page is connected to the meeting.</summary>
    public static async Task AgreeAsync(BrowserSession session, string step)
    {
        await session.Page.GetByLabel("I have read the confidentiality statement and agree to it for this meeting").CheckAsync();
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Agree and join the meeting" }).ClickAsync();
        await session.CheckPageAsync(step);
        await Expect(session.Page.Locator("#connection-status")).ToHaveTextAsync("Connected to the meeting.");
    }

    /// <summary>The chair's move to the first case they can move to; returns its reference once the page shows it.</summary>
    public static async Task<string> MoveToFirstCaseAsync(IPage chair)
    {
        var move = chair.Locator("#agenda-list button").First;
        var reference = (await move.Locator(".govuk-visually-hidden").TextContentAsync())!.Trim();
        await move.FocusAsync();
        await chair.Keyboard.PressAsync("Enter");
        await Expect(chair.Locator("#current-case h3")).ToHaveTextAsync(reference);
        return reference;
    }

    /// <summary>Fills in and records an action for West Midlands Police, due in a fortnight.</summary>
    public static async Task RecordActionAsync(IPage chair, string description)
    {
        await chair.GetByLabel("Owner agency").SelectOptionAsync(new SelectOptionValue { Label = "West Midlands Police" });
        await chair.GetByLabel("What the agency will do").FillAsync(description);
        var due = DateOnly.FromDateTime(DateTime.Today).AddDays(14);
        await chair.Locator("[name='Action.DueDate.Day']").FillAsync(due.Day.ToString(CultureInfo.InvariantCulture));
        await chair.Locator("[name='Action.DueDate.Month']").FillAsync(due.Month.ToString(CultureInfo.InvariantCulture));
        await chair.Locator("[name='Action.DueDate.Year']").FillAsync(due.Year.ToString(CultureInfo.InvariantCulture));
        await chair.GetByRole(AriaRole.Button, new() { Name = "Record action" }).ClickAsync();
        await Expect(chair.Locator("#action-list")).ToContainTextAsync(description);
    }
}
