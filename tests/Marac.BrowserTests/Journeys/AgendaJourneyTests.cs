using System.Globalization;
using Marac.BrowserTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Marac.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class AgendaJourneyTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task A_coordinator_builds_reorders_by_keyboard_and_publishes_and_a_representative_files_a_research_return()
    {
        var (meetingPath, moved) = await CoordinatorBuildsAndPublishesAsync();
        await RepresentativeFilesAReturnAsync(meetingPath.Replace("/meetings/", "/agendas/", StringComparison.Ordinal), moved);
    }

    private async Task<(string MeetingPath, string Moved)> CoordinatorBuildsAndPublishesAsync()
    {
        await using var browser = await BrowserSession.OpenAsync(fixture, output, "agenda-1-coordinator");
        await browser.SignInAsync(DemoStaff.Coordinator.DisplayName);
        var page = browser.Page;

        var latest = await browser.App.WithDbAsync(db => db.Meetings.MaxAsync(m => m.StartsAt));
        var date = DateOnly.FromDateTime(latest).AddDays(70);
        await browser.GotoAsync("/meetings/new", "schedule");
        await page.Locator("[name='Form.Date.Day']").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator("[name='Form.Date.Month']").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator("[name='Form.Date.Year']").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Start time").FillAsync("9:30am");
        await page.GetByLabel("Venue", new() { Exact = true }).FillAsync("Council House, committee room 2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/meetings/", StringComparison.Ordinal) && !url.EndsWith("/new", StringComparison.Ordinal));
        await browser.CheckPageAsync("meeting-scheduled");
        var meetingPath = page.PathOf();

        await page.GetByRole(AriaRole.Button, new() { Name = "Create the proposed agenda" }).ClickAsync();
        await browser.CheckPageAsync("agenda-proposed");

        // The second case of the first section with more than one case moves up, by keyboard alone.
        var table = await SectionWithSeveralCasesAsync(page);
        var rows = table.Locator("tbody tr");
        var moved = (await rows.Nth(1).Locator("a.govuk-link").First.TextContentAsync())!.Trim();
        await rows.Nth(1).GetByRole(AriaRole.Button, new() { Name = $"Move up {moved}" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await browser.CheckPageAsync("agenda-reordered");
        await Expect(table.Locator("tbody tr").First.Locator("a.govuk-link").First).ToHaveTextAsync(moved);

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish the agenda" }).ClickAsync();
        await browser.CheckPageAsync("agenda-published");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Agenda published");
        await Expect(page.Locator("#research-overview")).ToBeVisibleAsync();
        // Research returns for every invited agency fit a 1280-pixel-wide screen without scrolling sideways.
        await page.SetViewportSizeAsync(1280, 900);
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('#research-overview').getBoundingClientRect().right <= document.documentElement.clientWidth"),
            "the research overview is wider than a 1280-pixel screen");

        await page.GetByRole(AriaRole.Link, new() { Name = "Printable agenda" }).ClickAsync();
        await browser.CheckPageAsync("agenda-printable");
        await browser.FinishAsync();
        return (meetingPath, moved);
    }

    private static async Task<ILocator> SectionWithSeveralCasesAsync(IPage page)
    {
        var tables = page.Locator("#agenda-order table");
        for (var n = 0; n < await tables.CountAsync(); n++)
        {
            if (await tables.Nth(n).Locator("tbody tr").CountAsync() > 1)
            {
                return tables.Nth(n);
            }
        }
        throw new Xunit.Sdk.XunitException("No section of the proposed agenda has two cases to reorder");
    }

    private async Task RepresentativeFilesAReturnAsync(string agendaPath, string reference)
    {
        await using var browser = await BrowserSession.OpenAsync(fixture, output, "agenda-2-representative");
        await browser.SignInAsync(DemoStaff.PoliceRepresentative.DisplayName);
        var page = browser.Page;

        await browser.GotoAsync("/notifications", "notifications");
        await Expect(page.Locator("#notifications")).ToContainTextAsync("The agenda is published");
        await browser.GotoAsync("/agendas", "agendas-for-my-agency");
        await page.Locator($"#agendas a[href='{agendaPath}']").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == agendaPath);
        await browser.CheckPageAsync("agenda");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 3, Name = reference })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = $"Record research return for {reference}" }).ClickAsync();
        await browser.CheckPageAsync("return-form");

        await page.GetByRole(AriaRole.Button, new() { Name = "Save research return" }).ClickAsync();
        await browser.CheckPageAsync("return-nothing-chosen");
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select whether your agency holds information on this case");

        await page.GetByLabel("Holds information", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Facts from your agency's records").FillAsync("Two domestic call-outs since March");
        await page.GetByLabel("Your agency's professional opinion").FillAsync("Risk appears to be escalating");
        await page.GetByLabel("What your agency decided not to share, and why").FillAsync("An unrelated investigation, not relevant to the risk");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save research return" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == agendaPath);
        await browser.CheckPageAsync("return-saved");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Your agency's research return is saved");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = $"Change research return for {reference}" })).ToBeVisibleAsync();

        await browser.FinishAsync();
    }
}
