using Marac.BrowserTests.Infrastructure;
using Marac.Web.Features.Governance.Audit;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Marac.BrowserTests.Journeys;

/// <summary>
/// An administrator checks the audit trail and downloads a signed copy; the command-line verifier confirms the copy
/// and rejects one with a single byte changed (issue 13).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AuditVerifyJourneyTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task An_administrator_checks_the_trail_and_an_auditor_verifies_the_signed_copy_offline()
    {
        await using var browser = await BrowserSession.OpenAsync(fixture, output, "audit-verify");
        await browser.SignInAsync(DemoStaff.Administrator.DisplayName);
        var page = browser.Page;
        await browser.GotoAsync("/governance/audit/verify", "verify-page");

        await page.GetByRole(AriaRole.Button, new() { Name = "Check the audit trail" }).ClickAsync();
        await browser.CheckPageAsync("verified");
        await Expect(page.Locator("#verify-result")).ToContainTextAsync("The audit trail is intact");

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Download a signed copy of the audit trail" }).ClickAsync());
        download.SuggestedFilename.ShouldStartWith("audit-trail-signed-");
        var file = Path.Combine(Path.GetTempPath(), $"marac-signed-trail-{Guid.NewGuid():N}.jsonl");
        await download.SaveAsAsync(file);
        try
        {
            var confirmed = new StringWriter();
            (await AuditVerifyCommand.RunAsync(fixture.App.Services, confirmed, ["audit", "verify", "--file", file])).ShouldBe(0, confirmed.ToString());
            confirmed.ToString().ShouldStartWith("The audit trail is intact");

            var bytes = await File.ReadAllBytesAsync(file);
            bytes[bytes.Length / 2] ^= 0x01;
            await File.WriteAllBytesAsync(file, bytes);
            var rejected = new StringWriter();
            (await AuditVerifyCommand.RunAsync(fixture.App.Services, rejected, ["audit", "verify", "--file", file])).ShouldBe(1);
            rejected.ToString().ShouldContain("has been altered");
        }
        finally
        {
            File.Delete(file);
        }
        await browser.FinishAsync();
    }
}
