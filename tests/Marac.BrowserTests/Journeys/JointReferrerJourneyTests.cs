using Marac.BrowserTests.Infrastructure;
using Marac.Data.Demo;
using Marac.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Marac.BrowserTests.Journeys;

/// <summary>
/// The sharing policy's joint referrer, end to end: a police referrer names housing as a joint referrer; housing's
/// representative sees nothing of the case until the coordinator confirms it, then only housing's profile, never the
/// victim's address (docs/sharing-policy.md, rules 3 and 6).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class JointReferrerJourneyTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const string Address = "ZQXJOURNEYREFUGE, 4 Hidden Row";

    [Fact]
    public async Task A_proposed_joint_referrer_sees_nothing_until_confirmed_and_then_never_the_address()
    {
        var referralId = await PoliceReferrerNamesHousingAsync();

        await using var coordinator = await BrowserSession.OpenAsync(fixture, output, "joint-2-coordinator");
        await coordinator.SignInAsync(DemoStaff.Coordinator.DisplayName);
        await coordinator.GotoAsync($"/referrals/{referralId}", "joint-referral-proposed");
        await Expect(coordinator.Page.Locator("#referring-agencies")).ToContainTextAsync("Coventry Housing (proposed as a joint referrer");
        await coordinator.Page.GetByRole(AriaRole.Button, new() { Name = "Accept referral" }).ClickAsync();
        await coordinator.CheckPageAsync("joint-accepted");
        await ListOnAPublishedMeetingAsync(referralId);

        await using var housing = await BrowserSession.OpenAsync(fixture, output, "joint-3-housing");
        await housing.SignInAsync(By(DemoPartnership.HousingRepresentativeObjectId));
        await housing.GotoNotFoundAsync($"/cases/{referralId}", "joint-housing-before");
        await Expect(housing.Page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("Journeyson");

        await coordinator.Page.GetByRole(AriaRole.Button, new() { Name = "Confirm Coventry Housing as a joint referrer" }).ClickAsync();
        await coordinator.CheckPageAsync("joint-confirmed");
        await Expect(coordinator.Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Success" })).ToContainTextAsync("Coventry Housing confirmed");
        await coordinator.FinishAsync();

        await housing.GotoAsync($"/cases/{referralId}", "joint-housing-after");
        var main = housing.Page.GetByRole(AriaRole.Main);
        await Expect(main).ToContainTextAsync("Journeyson");
        await Expect(main).ToContainTextAsync("withheld: Location and safety contacts");
        await Expect(main).Not.ToContainTextAsync("ZQXJOURNEYREFUGE");
        await housing.FinishAsync();
    }

    private async Task<int> PoliceReferrerNamesHousingAsync()
    {
        await using var browser = await BrowserSession.OpenAsync(fixture, output, "joint-1-referrer");
        await browser.SignInAsync(DemoStaff.PoliceReferrer.DisplayName);
        var page = browser.Page;
        var form = await ReferralFormPage.StartFromHomeAsync(browser);
        await form.ReferringAgencies.GetByRole(AriaRole.Checkbox, new() { Name = "Coventry Housing", Exact = true }).CheckAsync();
        await form.TypeVictimAsync("Jo", "Journeyson");
        await form.TypeDateAsync("Form.Victim.DateOfBirth", "2", "5", "1988");
        await page.GetByRole(AriaRole.Group, new() { Name = "Gender" }).First.GetByRole(AriaRole.Radio, new() { Name = "Female", Exact = true }).ClickAsync();
        await form.Field("Form.Victim.Address").FillAsync(Address);
        await form.FillPerpetratorAsync(0, "Reece", "Journeyson", "Husband");
        for (var question = 0; question < 15; question++)
        {
            await form.AnswerYesAsync(question);
        }
        await form.AnswerTheRestNoAsync();
        await form.ConsentGivenAsync();
        await form.SubmitAsync("joint-submitted");
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Success" })).ToContainTextAsync("Referral submitted");
        await browser.FinishAsync();
        return int.Parse(new Uri(page.Url).Segments[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A published meeting listing the case; housing is not invited to it.</summary>
    private Task ListOnAPublishedMeetingAsync(int referralId) => fixture.App.WithDbAsync(async db =>
    {
        var now = DateTime.UtcNow;
        var latest = await db.Meetings.MaxAsync(m => m.StartsAt);
        db.Meetings.Add(new Meeting
        {
            StartsAt = latest.Date.AddDays(150).AddHours(10), Status = MeetingStatus.Published, FirstPublishedAt = now, LastPublishedAt = now,
            Venue = "Council House", AgendaItems = [new AgendaItem { ReferralId = referralId, Section = AgendaSection.AdultOnlyCases, Order = 1 }],
        });
        await db.SaveChangesAsync();
        return 0;
    });

    private static string By(Guid objectId) => DemoPartnership.Users.Single(u => u.ObjectId == objectId).DisplayName;
}
