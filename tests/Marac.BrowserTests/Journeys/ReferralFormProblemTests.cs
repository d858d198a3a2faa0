using System.Text.RegularExpressions;
using Marac.BrowserTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Marac.BrowserTests.Journeys;

/// <summary>What a referrer sees when the form is filled in wrongly, clicked twice, or given awkward names.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ReferralFormProblemTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Errors_are_summarised_with_links_shown_by_their_fields_and_nothing_typed_is_lost()
    {
        await using var browser = await BrowserSession.OpenAsync(fixture, output, "form-errors");
        await browser.SignInAsync(DemoStaff.PoliceReferrer.DisplayName);
        var page = browser.Page;
        var form = await ReferralFormPage.StartFromHomeAsync(browser);

        // No victim name; 31 February; a perpetrator who must survive the round trip.
        await form.TypeDateAsync("Form.Victim.DateOfBirth", "31", "2", "1990");
        await form.FillPerpetratorAsync(0, "Gareth", "O'Connor-Smith", "Husband");
        await form.Field("Form.RiskNarrative").FillAsync("Threats to kill last weekend.\nHe has a knife.");
        await form.AnswerYesAsync(0);
        await form.AnswerYesAsync(1);
        await form.SubmitAsync("errors-shown");

        (await page.TitleAsync()).ShouldStartWith("Error: ");
        var summary = page.Locator(".govuk-error-summary");
        await Expect(summary).ToBeVisibleAsync();
        await Expect(summary.GetByRole(AriaRole.Heading)).ToHaveTextAsync("There is a problem");
        await ExpectSummaryLinkAsync(summary, "Enter the victim's first name", "#Form_Victim_GivenName");
        await ExpectSummaryLinkAsync(summary, "Enter the victim's last name", "#Form_Victim_FamilyName");
        await ExpectSummaryLinkAsync(summary, RealDate(), "#Form_Victim_DateOfBirth_Day");

        // Each message is also by its field, and read out with it.
        await Expect(form.ErrorBy("Form.Victim.GivenName")).ToContainTextAsync("Enter the victim's first name");
        await Expect(form.ErrorBy("Form.Victim.FamilyName")).ToContainTextAsync("Enter the victim's last name");
        await Expect(form.ErrorBy("Form.Victim.DateOfBirth")).ToContainTextAsync(RealDate());
        await Expect(form.Field("Form.Victim.GivenName")).ToHaveAccessibleDescriptionAsync(new Regex("Enter the victim's first name"));
        await Expect(form.Field("Form.Victim.GivenName")).ToHaveClassAsync(new Regex("govuk-input--error"));

        // What was typed is still there, the impossible date included, so it can be corrected.
        await Expect(form.Field("Form.Victim.DateOfBirth.Day")).ToHaveValueAsync("31");
        await Expect(form.Field("Form.Victim.DateOfBirth.Month")).ToHaveValueAsync("2");
        await Expect(form.Field("Form.Victim.DateOfBirth.Year")).ToHaveValueAsync("1990");
        await Expect(form.Field("Form.Perpetrators[0].GivenName")).ToHaveValueAsync("Gareth");
        await Expect(form.Field("Form.Perpetrators[0].FamilyName")).ToHaveValueAsync("O'Connor-Smith");
        await Expect(form.Field("Form.Perpetrators[0].RelationshipToVictim")).ToHaveValueAsync("Husband");
        await Expect(form.Field("Form.RiskNarrative")).ToHaveValueAsync("Threats to kill last weekend.\nHe has a knife.");
        await Expect(form.RiskCount).ToHaveTextAsync("2");
        await Expect(page.Locator(".marac-risk-question").Nth(1).GetByRole(AriaRole.Radio, new() { Name = "Yes", Exact = true })).ToBeCheckedAsync();

        // Following a link in the summary puts the cursor in the field.
        await summary.GetByRole(AriaRole.Link, new() { Name = "Enter the victim's first name" }).ClickAsync();
        await Expect(form.Field("Form.Victim.GivenName")).ToBeFocusedAsync();

        await browser.FinishAsync();
    }

    [Fact]
    public async Task Double_clicking_submit_makes_one_referral()
    {
        await using var browser = await BrowserSession.OpenAsync(fixture, output, "double-click");
        await browser.SignInAsync(DemoStaff.PoliceReferrer.DisplayName);
        var page = browser.Page;
        var lastName = "Dwuklik-" + UniqueLetters();
        (await CountReferralsAsync(lastName)).ShouldBe(0);

        var form = await ReferralFormPage.StartFromHomeAsync(browser);
        await form.TypeVictimAsync("Agnieszka", lastName);
        await form.FillPerpetratorAsync(0, "Piotr", "Nowak", "Partner");
        await form.UseProfessionalJudgementAsync("Stalking has escalated over the last fortnight.");
        await form.AnswerTheRestNoAsync();
        await form.ConsentGivenAsync();

        await form.SubmitButton.DblClickAsync();
        await browser.CheckPageAsync("submitted-once");
        await Expect(page).ToHaveURLAsync(new Regex("/referrals/\\d+$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Agnieszka {lastName}");

        // Give a second submission every chance to land before counting.
        await page.WaitForTimeoutAsync(1_500);
        (await CountReferralsAsync(lastName)).ShouldBe(1);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "My referrals" }).ClickAsync();
        await page.WaitForURLAsync("**/referrals");
        await browser.CheckPageAsync("my-referrals");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = lastName })).ToHaveCountAsync(1);

        await browser.FinishAsync();
    }

    [Fact]
    public async Task Markup_in_names_shows_as_text_and_Arabic_and_Chinese_names_show_as_typed()
    {
        const string scriptName = "<script>alert(1)</script>";
        const string imageName = "<img src=x onerror=alert(2)>";
        await using var browser = await BrowserSession.OpenAsync(fixture, output, "names");
        await browser.SignInAsync(DemoStaff.PoliceReferrer.DisplayName);
        var page = browser.Page;

        var form = await ReferralFormPage.StartFromHomeAsync(browser);
        await form.TypeVictimAsync(scriptName, imageName);
        await form.FillPerpetratorAsync(0, "يوسف", "الحداد", "Husband");
        await form.AddChildAsync("child-added");
        await Expect(form.Field("Form.Victim.GivenName")).ToHaveValueAsync(scriptName);
        await Expect(form.Field("Form.Perpetrators[0].GivenName")).ToHaveValueAsync("يوسف");
        await form.FillChildAsync(0, "美玲", "王", "Daughter");
        await form.UseProfessionalJudgementAsync("<b>Not bold</b> & threats made in front of the children.");
        await form.AnswerTheRestNoAsync();
        await form.ConsentGivenAsync();
        await form.SubmitAsync("submitted");

        var main = page.GetByRole(AriaRole.Main);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"{scriptName} {imageName}");
        await Expect(main.Locator("script, img, b")).ToHaveCountAsync(0);
        await Expect(main).ToContainTextAsync("يوسف الحداد");
        await Expect(main).ToContainTextAsync("美玲 王");
        await Expect(main).ToContainTextAsync("<b>Not bold</b> & threats made in front of the children.");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "My referrals" }).ClickAsync();
        await page.WaitForURLAsync("**/referrals");
        await browser.CheckPageAsync("my-referrals");
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = $"{scriptName} {imageName}", Exact = true })).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Table).Locator("script, img")).ToHaveCountAsync(0);

        await browser.FinishAsync();
    }

    private static async Task ExpectSummaryLinkAsync(ILocator summary, string text, string href) =>
        await Expect(summary.GetByRole(AriaRole.Link, new() { Name = text, Exact = true })).ToHaveAttributeAsync("href", href);

    private static Task ExpectSummaryLinkAsync(ILocator summary, Regex text, string href) =>
        Expect(summary.GetByRole(AriaRole.Link, new() { NameRegex = text })).ToHaveAttributeAsync("href", href);

    private Task<int> CountReferralsAsync(string lastName) =>
        fixture.App.WithDbAsync(db => db.Referrals.CountAsync(r => r.Victim.FamilyName == lastName));

    private static string UniqueLetters() =>
        new(Guid.NewGuid().ToString("N").Take(8).Select(c => (char)('a' + (c % 26))).ToArray());

    [GeneratedRegex("must be a real date")]
    private static partial Regex RealDate();
}
