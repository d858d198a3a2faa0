using ClosedXML.Excel;
using Marac.BrowserTests.Infrastructure;
using Marac.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Marac.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class StatisticsJourneyTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task A_partnership_lead_changes_the_period_downloads_the_workbook_and_cannot_open_a_case()
    {
        await using var browser = await BrowserSession.OpenAsync(fixture, output, "statistics");
        await browser.SignInAsync(DemoStaff.PartnershipLead.DisplayName);
        var page = browser.Page;

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Statistics" }).ClickAsync();
        await page.WaitForURLAsync("**/statistics");
        await browser.CheckPageAsync("dashboard");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "12 months to" }).First).ToBeVisibleAsync();

        await page.GetByLabel("A quarter", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Quarter, or the quarter the 12 months end with").SelectOptionAsync(new SelectOptionValue { Label = "April to June 2021" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show the figures" }).ClickAsync();
        await page.WaitForURLAsync("**/statistics?*Quarter=2021-Q2*");
        await browser.CheckPageAsync("dashboard-quarter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2 }).Filter(new() { HasText = "April to June 2021" })).ToBeVisibleAsync();

        await page.GetByLabel("12 months to the end of a quarter", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show the figures" }).ClickAsync();
        await page.WaitForURLAsync("**/statistics?*Period=TwelveMonths*");
        await browser.CheckPageAsync("dashboard-12-months");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("613 cases discussed");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("45% repeats (276 cases)");
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Cases discussed per quarter, Q2 2020 to Q2 2021" })).ToBeVisibleAsync();

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Download the figures as a spreadsheet (Excel)" }).ClickAsync());
        download.SuggestedFilename.ShouldBe("Coventry (demo) MARAC partnership - 12 months to June 2021 - statistics.xlsx");
        var file = Path.Combine(Path.GetTempPath(), $"marac-statistics-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(file);
        try
        {
            using var workbook = new XLWorkbook(file);
            var summary = workbook.Worksheet("Summary");
            summary.Column(1).CellsUsed().Single(c => c.GetString() == "Cases discussed").CellRight().GetDouble().ShouldBe(613);
        }
        finally
        {
            File.Delete(file);
        }

        var caseId = await browser.App.WithDbAsync(db => db.Referrals.Where(r => r.Status == ReferralStatus.Heard).Select(r => r.Id).FirstAsync());
        await browser.GotoRefusedAsync($"/referrals/{caseId}", "case-refused");
        await Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("Victim");

        await browser.FinishAsync();
    }
}
