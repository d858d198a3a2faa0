using System.Text.RegularExpressions;
using Marac.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Marac.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed partial class ReferralJourneyTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const string VictimFirstName = "Łucja";
    private const string VictimLastName = "Wiśniewska";

    [Fact]
    public async Task A_referrer_submits_a_referral_and_the_coordinator_finds_and_accepts_it()
    {
        var reference = await ReferrerSubmitsAsync();
        await CoordinatorAcceptsAsync(reference);
    }

    private async Task<string> ReferrerSubmitsAsync()
    {
        await using var browser = await BrowserSession.OpenAsync(fixture, output, "referral-1-referrer");
        var referrer = DemoStaff.PoliceReferrer;
        await browser.SignInAsync(referrer.DisplayName);
        var page = browser.Page;
        var form = await ReferralFormPage.StartFromHomeAsync(browser);

        // The referrer's own agency is ticked already, and only that one; their name is filled in.
        await Expect(form.ReferringAgencies.GetByRole(AriaRole.Checkbox, new() { Name = referrer.AgencyName, Exact = true })).ToBeCheckedAsync();
        (await form.ReferringAgencies.GetByRole(AriaRole.Checkbox, new() { Checked = true }).CountAsync()).ShouldBe(1);
        await Expect(form.Field("Form.ReferrerName")).ToHaveValueAsync(referrer.DisplayName);

        await form.TypeVictimAsync(VictimFirstName, VictimLastName);
        await form.TypeDateAsync("Form.Victim.DateOfBirth", "14", "3", "1991");
        await page.GetByRole(AriaRole.Group, new() { Name = "Gender" }).First.GetByRole(AriaRole.Radio, new() { Name = "Female", Exact = true }).ClickAsync();
        await form.FillPerpetratorAsync(0, "Marek", "Kowalski", "Ex-partner");

        await form.AddChildAsync("child-added");
        // Posting the form to add a child keeps everything typed so far.
        await Expect(form.Field("Form.Victim.GivenName")).ToHaveValueAsync(VictimFirstName);
        await Expect(form.Field("Form.Perpetrators[0].FamilyName")).ToHaveValueAsync("Kowalski");
        await Expect(form.Field("Form.Victim.DateOfBirth.Year")).ToHaveValueAsync("1991");
        await form.FillChildAsync(0, "Zofia", VictimLastName, "Daughter");
        await form.TypeDateAsync("Form.Children[0].DateOfBirth", "2", "9", "2017");

        // The score and band follow the answers as they are given.
        await Expect(form.RiskCount).ToHaveTextAsync("0");
        await Expect(form.RiskBand).ToHaveTextAsync("Standard");
        for (var question = 0; question < 15; question++)
        {
            await form.AnswerYesAsync(question);
            if (question == 9)
            {
                await Expect(form.RiskCount).ToHaveTextAsync("10");
                await Expect(form.RiskBand).ToHaveTextAsync("Medium");
            }
        }
        await Expect(form.RiskCount).ToHaveTextAsync("15");
        await Expect(form.RiskBand).ToHaveTextAsync("High");
        await browser.RecheckAsync("risk-score-15-high");

        await form.AnswerTheRestNoAsync();
        await form.ConsentGivenAsync();
        await form.SubmitAsync("submitted");

        await Expect(page).ToHaveURLAsync(ReferralUrl());
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Success" })).ToContainTextAsync("Referral submitted");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"{VictimFirstName} {VictimLastName}");
        await Expect(StatusTag(page)).ToHaveTextAsync("Submitted");
        await Expect(page.Locator("main .govuk-tag").Filter(new() { HasTextRegex = RiskFifteenHigh() })).ToBeVisibleAsync();
        var caption = await page.Locator(".govuk-caption-l").InnerTextAsync();
        var reference = ReferencePattern().Match(caption);
        reference.Success.ShouldBeTrue($"The confirmation page shows no reference (caption: '{caption}')");

        await browser.FinishAsync();
        return reference.Groups["reference"].Value;
    }

    private async Task CoordinatorAcceptsAsync(string reference)
    {
        await using var browser = await BrowserSession.OpenAsync(fixture, output, "referral-2-coordinator");
        await browser.SignInAsync(DemoStaff.Coordinator.DisplayName);
        var page = browser.Page;

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Referrals" }).ClickAsync();
        await page.WaitForURLAsync("**/referrals");
        await browser.CheckPageAsync("referral-list");

        await page.GetByLabel("Victim's name").FillAsync($"{VictimFirstName} {VictimLastName}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await browser.CheckPageAsync("search-by-name");

        // The search was posted: no name in the address bar (or in history, logs or the Referer).
        var url = new Uri(page.Url);
        url.AbsolutePath.ShouldBe("/referrals");
        url.Query.ShouldBeEmpty();
        var decoded = Uri.UnescapeDataString(page.Url);
        decoded.ShouldNotContain(VictimLastName, Case.Insensitive);
        decoded.ShouldNotContain("Wisniewska", Case.Insensitive);
        decoded.ShouldNotContain(VictimFirstName, Case.Insensitive);

        var row = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true }) });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync($"{VictimFirstName} {VictimLastName}");
        await Expect(row).ToContainTextAsync("Submitted");

        await row.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true }).ClickAsync();
        await page.WaitForURLAsync(ReferralUrl());
        await browser.CheckPageAsync("referral-to-decide");
        await Expect(StatusTag(page)).ToHaveTextAsync("Submitted");

        await page.GetByRole(AriaRole.Button, new() { Name = "Accept referral" }).ClickAsync();
        await browser.CheckPageAsync("accepted");
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Success" })).ToContainTextAsync("Referral accepted");
        await Expect(StatusTag(page)).ToHaveTextAsync("Accepted");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Accept referral" })).ToHaveCountAsync(0);

        await browser.FinishAsync();
    }

    /// <summary>The status tag next to the victim's name at the top of a referral.</summary>
    private static ILocator StatusTag(IPage page) => page.Locator("main .govuk-tag").First;

    [GeneratedRegex("/referrals/\\d+$")]
    private static partial Regex ReferralUrl();

    [GeneratedRegex("risk\\D*15\\b.*high", RegexOptions.IgnoreCase)]
    private static partial Regex RiskFifteenHigh();

    [GeneratedRegex("Referral (?<reference>\\S+)")]
    private static partial Regex ReferencePattern();
}
