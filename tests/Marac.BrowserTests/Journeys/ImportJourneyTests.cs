using System.Text;
using Marac.BrowserTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Marac.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class ImportJourneyTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const string Header =
        "MeetingDate,CaseReference,ReferralDate,ReferringAgencies,VictimId,PerpetratorIds,VictimGender,VictimDateOfBirth,VictimAge,"
        + "VictimEthnicity,VictimDisabled,VictimLgbt,ChildrenInHousehold,PerpetratorDateOfBirth,PerpetratorAge,Repeat";

    [Fact]
    public async Task A_coordinator_sees_the_problems_in_a_case_list_then_imports_a_corrected_one()
    {
        var p = "B" + Guid.NewGuid().ToString("N")[..8];
        await using var browser = await BrowserSession.OpenAsync(fixture, output, "import");
        await browser.SignInAsync(DemoStaff.Coordinator.DisplayName);
        var page = browser.Page;

        await browser.GotoAsync("/statistics", "statistics");
        await page.GetByRole(AriaRole.Link, new() { Name = "Import historical cases" }).ClickAsync();
        await page.WaitForURLAsync("**/statistics/import");
        await browser.CheckPageAsync("upload");

        await UploadAsync(page, "cases-with-a-mistake.csv",
        [
            Header,
            $"2008-03-12,{p}-1,2008-03-01,Police,{p}V1,{p}P1,Female,,30,Not known,No,No,1,,,",
            $"2008-03-12,{p}-2,2008-03-02,Police;Neighbourhood Watch,{p}V2,{p}P2,Female,,41,Not known,No,No,two,,,",
        ]);
        await browser.CheckPageAsync("problems");
        var problems = page.GetByRole(AriaRole.Table);
        await Expect(problems.GetByRole(AriaRole.Row).Filter(new() { HasText = "Neighbourhood Watch" })).ToContainTextAsync("3");
        await Expect(problems.GetByRole(AriaRole.Row).Filter(new() { HasText = "ChildrenInHousehold must be a whole number" })).ToContainTextAsync("3");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("1 valid and 1 with problems");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Import 1 case" })).ToHaveCountAsync(0);

        await browser.GotoAsync("/statistics/import", "upload-again");
        await UploadAsync(page, "cases.csv",
        [
            Header,
            $"2008-03-12,{p}-1,2008-03-01,Police,{p}V1,{p}P1,Female,,30,Not known,No,No,1,,,",
            $"2008-03-12,{p}-2,2008-03-02,Police;IDVA,{p}V2,{p}P2,Female,,41,Not known,No,No,2,,,",
        ]);
        await browser.CheckPageAsync("all-valid");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("2 valid and 0 with problems");
        await page.GetByRole(AriaRole.Button, new() { Name = "Import 2 cases" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "2 cases imported" })).ToBeVisibleAsync();
        await browser.CheckPageAsync("imported");

        (await browser.App.WithDbAsync(db => db.Referrals.CountAsync(r => r.IsImported && r.Reference.StartsWith(p)))).ShouldBe(2);
        await browser.FinishAsync();
    }

    private static async Task UploadAsync(IPage page, string name, string[] lines)
    {
        await page.GetByLabel("Case list").SetInputFilesAsync(new FilePayload
        {
            Name = name,
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
        await page.WaitForURLAsync("**/statistics/import");
    }
}
