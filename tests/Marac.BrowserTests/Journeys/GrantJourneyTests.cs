using Marac.BrowserTests.Infrastructure;
using Marac.Data;
using Marac.Data.Demo;
using Marac.Data.Entities;
using Marac.Sharing.Categories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Marac.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class GrantJourneyTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task A_coordinator_narrows_an_agencys_grant_and_the_representatives_next_page_shows_it()
    {
        // Signing in first: the demo partnership is seeded by the time the sign-in page answers.
        await using var housing = await BrowserSession.OpenAsync(fixture, output, "grant-1-housing");
        await housing.SignInAsync(By(DemoPartnership.HousingRepresentativeObjectId));
        var (meetingId, referralId) = await PublishedCaseForHousingAsync();
        await housing.GotoAsync($"/agendas/{meetingId}", "housing-agenda");
        await housing.Page.Locator($"#case-{referralId} + p a").ClickAsync();
        await housing.CheckPageAsync("housing-case-before");
        await Expect(housing.Page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("withheld: Risk");
        await Expect(housing.Page.GetByRole(AriaRole.Main)).ToContainTextAsync("withheld: Location and safety contacts");

        await using var coordinator = await BrowserSession.OpenAsync(fixture, output, "grant-2-coordinator");
        await coordinator.SignInAsync(By(DemoPartnership.CoordinatorObjectId));
        await coordinator.GotoAsync($"/meetings/{meetingId}/sharing", "meeting-sharing");
        await coordinator.Page.GetByRole(AriaRole.Link, new() { Name = "Change access for Coventry Housing" }).ClickAsync();
        await coordinator.CheckPageAsync("grant");
        await coordinator.Page.GetByLabel("Risk", new() { Exact = true }).UncheckAsync();
        await coordinator.Page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await coordinator.CheckPageAsync("grant-no-reason");
        await Expect(coordinator.Page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the reason for this change");
        await coordinator.Page.GetByLabel("Reason for the change").FillAsync("Housing needs only to trace the tenancy for this meeting");
        await coordinator.Page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await coordinator.CheckPageAsync("grant-narrowed");
        await Expect(coordinator.Page.GetByRole(AriaRole.Main)).ToContainTextAsync("Access changed");
        await coordinator.FinishAsync();

        await housing.Page.ReloadAsync();
        await housing.CheckPageAsync("housing-case-after");
        await Expect(housing.Page.GetByRole(AriaRole.Main)).ToContainTextAsync("withheld: Risk");
        await housing.FinishAsync();
    }

    private static string By(Guid objectId) => DemoPartnership.Users.Single(u => u.ObjectId == objectId).DisplayName;

    /// <summary>
    /// A published meeting listing one case housing did not refer, with housing's default grant. The case may
    /// be one heard before: other journeys may already have listed every waiting case.
    /// </summary>
    private Task<(int MeetingId, int ReferralId)> PublishedCaseForHousingAsync() => fixture.App.WithDbAsync(async db =>
    {
        var housing = await db.StaffUsers.Where(u => u.ObjectId == DemoPartnership.HousingRepresentativeObjectId).Select(u => u.AgencyId!.Value).SingleAsync();
        var referral = await db.Referrals.Where(r => (r.Status == ReferralStatus.Accepted || r.Status == ReferralStatus.Heard) && !r.AgendaItems.Any(i => i.Status == AgendaItemStatus.Listed))
            .Where(r => !r.ReferringAgencies.Any(a => a.AgencyId == housing))
            .OrderBy(r => r.Id).Select(r => r.Id).FirstAsync();
        var now = DateTime.UtcNow;
        var latest = await db.Meetings.MaxAsync(m => m.StartsAt);
        var meeting = new Meeting
        {
            StartsAt = latest.Date.AddDays(120).AddHours(10), Status = MeetingStatus.Published, FirstPublishedAt = now, LastPublishedAt = now,
            Venue = "Council House", InvitedAgencies = [new MeetingAgency { AgencyId = housing, Reason = InvitationReason.CoreMember }],
            AgendaItems = [new AgendaItem { ReferralId = referral, Section = AgendaSection.AdultOnlyCases, Order = 1 }],
        };
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        db.AccessGrants.Add(new AccessGrant
        {
            AgencyId = housing, MeetingId = meeting.Id, Purpose = "Preparing for and attending the MARAC meeting",
            LawfulBasisId = await db.LawfulBases.Select(b => b.Id).FirstAsync(), Origin = GrantOrigin.Publication,
            Categories = CategorySet.Of(DataCategory.Identity, DataCategory.Risk, DataCategory.CaseManagement).Mask,
            ValidFrom = now.AddDays(-1), ValidTo = now.AddDays(60), GrantedAt = now,
        });
        await db.SaveChangesAsync();
        return (meeting.Id, referral);
    });
}
