using System.Globalization;
using Marac.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Marac.BrowserTests.Journeys;

/// <summary>
/// A coordinator is reminded of a subject access request falling due, records a new one (after a mistake), extends
/// it and marks it answered; the log and a request are then read on a 390-pixel phone screen without sideways scrolling.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SubjectAccessLogJourneyTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task A_coordinator_is_reminded_records_extends_and_answers_a_request()
    {
        await using var browser = await BrowserSession.OpenAsync(fixture, output, "subject-access-log");
        await browser.SignInAsync(DemoStaff.Coordinator.DisplayName);
        var page = browser.Page;
        await browser.GotoAsync("/governance/subject-access", "subject-access");
        await Expect(page.Locator("#request-reminders")).ToContainTextAsync("due within 7 days");

        await page.GetByRole(AriaRole.Link, new() { Name = "See the requests" }).ClickAsync();
        await browser.CheckPageAsync("log");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the request" }).ClickAsync();
        await browser.CheckPageAsync("log-errors");
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the request's reference");

        var reference = "BR-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        await page.GetByLabel("Reference").FillAsync(reference);
        await FillDateAsync(page.Locator("#record-request"), DateTime.Today.AddDays(-5));
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the request" }).ClickAsync();
        await browser.CheckPageAsync("recorded");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(reference);
        await Expect(page.Locator("#request-status")).ToHaveTextAsync("Open");

        var extend = page.Locator("#extend-request");
        await FillDateAsync(extend, DateTime.Today.AddMonths(2));
        await extend.GetByLabel("Why does the request need longer?").FillAsync("Records are held by five agencies");
        await page.GetByRole(AriaRole.Button, new() { Name = "Extend the time limit" }).ClickAsync();
        await browser.CheckPageAsync("extended");
        await Expect(page.Locator("#extension")).ToContainTextAsync("Records are held by five agencies");

        await FillDateAsync(page.Locator("#answer-request"), DateTime.Today);
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark as answered" }).ClickAsync();
        await browser.CheckPageAsync("answered");
        await Expect(page.Locator("#request-status")).ToContainTextAsync("Answered");
        var requestPath = new Uri(page.Url).AbsolutePath;

        await page.SetViewportSizeAsync(390, 844);
        foreach (var (path, step) in new[] { ("/governance/subject-access/requests", "log-390"), (requestPath, "answered-390") })
        {
            await browser.GotoAsync(path, step);
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
                $"{path} scrolls sideways on a 390-pixel screen");
        }
        await browser.FinishAsync();
    }

    private static async Task FillDateAsync(ILocator form, DateTime date)
    {
        await form.GetByLabel("Day").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await form.GetByLabel("Month").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await form.GetByLabel("Year").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }
}
