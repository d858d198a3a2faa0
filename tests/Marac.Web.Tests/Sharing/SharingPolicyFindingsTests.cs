using System.Globalization;
using System.Net;
using Marac.Data.Demo;
using Marac.Data.Entities;
using Marac.Sharing.Policy;
using Marac.Web.Tests.Infrastructure;
using Marac.Web.Tests.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Tests.Sharing;

/// <summary>
/// The security review's findings on the sharing policy (issue 12), one named test each, every expectation taken
/// from the written policy (docs/sharing-policy.md): each failed on the main branch before the policy was written.
/// </summary>
public sealed class SharingPolicyFindingsTests(MaracWebFactory app) : IClassFixture<MaracWebFactory>
{
    private const string RefugeAddress = "ZQXFINDINGREFUGE 12 Quiet Lane";

    [Fact]
    public async Task Finding_1_a_proposed_joint_referrer_sees_nothing_until_a_coordinator_confirms_it()
    {
        var housing = (await app.StaffAsync(DemoPartnership.HousingRepresentativeObjectId)).AgencyId!.Value;
        var id = await ReferAsPoliceAsync("Finding", "Onerson", housing);

        using var housingClient = app.CreateClientAs(DemoPartnership.HousingRepresentativeObjectId);
        foreach (var url in new[] { $"/referrals/{id}", $"/cases/{id}" })
        {
            using var response = await housingClient.GetAsync(url);
            (await response.Content.ReadAsStringAsync()).ShouldNotContain("ZQXFINDINGREFUGE", customMessage: url);
        }
        (await app.WithDbAsync(db => db.ReferralAgencies.SingleAsync(a => a.ReferralId == id && a.AgencyId == housing))).IsProposed.ShouldBeTrue();

        using var coordinator = app.CreateClientAs(DemoPartnership.CoordinatorObjectId);
        using var confirmed = await coordinator.SubmitFormAsync($"/referrals/{id}", formSelector: "form[action*='ConfirmAgency'], form:has(input[name=AgencyId])");
        confirmed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.WithDbAsync(db => db.ReferralAgencies.SingleAsync(a => a.ReferralId == id && a.AgencyId == housing))).IsProposed.ShouldBeFalse();
        using var after = await housingClient.GetAsync($"/cases/{id}");
        (await after.Content.ReadAsStringAsync()).ShouldNotContain("ZQXFINDINGREFUGE", customMessage: "confirming invites; it is no grant of the address");
    }

    [Fact]
    public async Task Finding_2_the_referrer_sees_their_referral_as_submitted_and_their_agency_colleagues_see_nothing()
    {
        var id = await ReferAsPoliceAsync("Finding", "Twoson");
        await app.WithDbAsync(async db =>
        {
            var referral = await db.Referrals.Include(r => r.Victim).SingleAsync(r => r.Id == id);
            referral.Status = ReferralStatus.Accepted;
            referral.Victim.FamilyName = "ZQXCORRECTEDNAME";
            await db.SaveChangesAsync();
        });

        using var referrer = app.CreateClientAs(DemoPartnership.PoliceReferrerObjectId);
        var own = await (await referrer.GetAsync($"/referrals/{id}")).Content.ReadAsStringAsync();
        own.ShouldContain("Twoson");
        own.ShouldNotContain("ZQXCORRECTEDNAME", customMessage: "the referrer sees a snapshot, not the coordinator's correction");
        own.ShouldContain("Accepted");
        var list = await (await referrer.GetAsync("/referrals")).Content.ReadAsStringAsync();
        list.ShouldContain("Twoson", customMessage: "their list shows the referral as they submitted it");
        list.ShouldNotContain("ZQXCORRECTEDNAME", customMessage: "nor does their list show the correction");

        using var colleague = app.CreateClientAs(DemoPartnership.PoliceRepresentativeObjectId);
        foreach (var url in new[] { $"/referrals/{id}", $"/cases/{id}" })
        {
            var text = await (await colleague.GetAsync(url)).Content.ReadAsStringAsync();
            text.ShouldNotContain("ZQXFINDINGREFUGE", customMessage: url);
            text.ShouldNotContain("Twoson", customMessage: url);
        }
    }

    [Fact]
    public async Task Finding_3_the_chair_never_sees_location_and_safety_contacts_of_the_cases_she_chairs()
    {
        var id = await ReferAsPoliceAsync("Finding", "Threeson");
        var chair = await app.StaffAsync(DemoPartnership.ChairObjectId);
        await app.WithDbAsync(async db =>
        {
            var referral = await db.Referrals.SingleAsync(r => r.Id == id);
            referral.Status = ReferralStatus.Accepted;
            var meeting = new Meeting { StartsAt = DateTime.UtcNow.Date.AddDays(30).AddHours(10), Status = MeetingStatus.Scheduled, Venue = "Room 1", ChairUserId = chair.Id };
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            db.AgendaItems.Add(new AgendaItem { MeetingId = meeting.Id, ReferralId = id, Section = AgendaSection.AdultOnlyCases, Order = 1 });
            await db.SaveChangesAsync();
        });

        using var client = app.CreateClientAs(DemoPartnership.ChairObjectId);
        var page = await (await client.GetAsync($"/cases/{id}")).Content.ReadAsStringAsync();
        page.ShouldContain("Threeson", customMessage: "the chair sees the case's identity");
        var restricted = SharingPolicy.For(Audience.Chair).WhileGranted.CaseCategories(Marac.Sharing.Categories.CategorySet.None);
        restricted.Contains(Marac.Sharing.Categories.DataCategory.LocationAndSafetyContacts).ShouldBeFalse();
        page.ShouldNotContain("ZQXFINDINGREFUGE");
    }

    [Theory]
    [InlineData("POST", "")]
    [InlineData("POST", "?handler=anything")]
    [InlineData("GET", "?handler=anything")]
    [InlineData("TRACE", "")]
    public async Task Finding_5_a_request_no_handler_answers_gets_a_4xx_and_never_renders_a_case_page(string method, string query)
    {
        var id = await app.WithDbAsync(db => db.Referrals.Where(r => r.Status == ReferralStatus.Heard).Select(r => r.Id).FirstAsync());
        var meetingId = await app.WithDbAsync(db => db.Meetings.Select(m => m.Id).FirstAsync());
        using var client = app.CreateClientAs(DemoPartnership.HousingRepresentativeObjectId);
        foreach (var url in new[] { $"/cases/{id}", $"/referrals/{id}", $"/minutes/{meetingId}", $"/meetings/{meetingId}/live" })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), url + query);
            if (method == "POST")
            {
                request.Content = new FormUrlEncodedContent([]);
            }
            using var response = await client.SendAsync(request);
            ((int)response.StatusCode).ShouldBeInRange(400, 499, $"{method} {url}{query}");
        }
    }

    [Fact]
    public async Task Finding_5_the_access_decision_runs_before_a_real_handler_so_an_agency_cannot_confirm_itself()
    {
        var housing = (await app.StaffAsync(DemoPartnership.HousingRepresentativeObjectId)).AgencyId!.Value;
        var id = await ReferAsPoliceAsync("Finding", "Fiveson", housing);
        using var housingClient = app.CreateClientAs(DemoPartnership.HousingRepresentativeObjectId);
        var before = await app.LastAuditSequenceAsync();

        var home = await housingClient.GetPageAsync("/");
        using var response = await housingClient.SubmitFormAsync(home, "/", [new("AgencyId", housing.ToString(CultureInfo.InvariantCulture))],
            "form[method=post]", action: $"/referrals/{id}?handler=ConfirmAgency");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.WithDbAsync(db => db.ReferralAgencies.SingleAsync(a => a.ReferralId == id && a.AgencyId == housing))).IsProposed.ShouldBeTrue();
        (await app.AuditEventsAfterAsync(before)).ShouldContain(e => e.Action == AuditAction.Refused && e.ReferralId == id
            && e.Outcome!.Contains("not yet accepted"), "the policy's decision, not the handler's own check, refused it");
    }

    [Fact]
    public async Task Finding_6_a_forged_host_header_changes_no_link_in_an_email()
    {
        var id = await ReferAsPoliceAsync("Finding", "Sixson");
        await app.WithDbAsync(async db =>
        {
            var referral = await db.Referrals.SingleAsync(r => r.Id == id);
            referral.Status = ReferralStatus.Accepted;
            var now = DateTime.UtcNow;
            var meeting = new Meeting
            {
                StartsAt = now.Date.AddDays(20).AddHours(10), Status = MeetingStatus.Published, Venue = "Room 6", FirstPublishedAt = now, LastPublishedAt = now,
            };
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            db.AgendaItems.Add(new AgendaItem { MeetingId = meeting.Id, ReferralId = id, Section = AgendaSection.AdultOnlyCases, Order = 1 });
            await db.SaveChangesAsync();
        });
        using (var referrer = app.CreateClientAs(DemoPartnership.PoliceReferrerObjectId))
        {
            (await referrer.GetAsync($"/referrals/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        var before = MailFiles().ToHashSet();
        using var coordinator = app.CreateClientAs(DemoPartnership.CoordinatorObjectId);
        var page = await coordinator.GetPageAsync($"/referrals/{id}/edit");
        coordinator.DefaultRequestHeaders.Host = "attacker.example";
        using var corrected = await coordinator.SubmitFormAsync(page, $"/referrals/{id}/edit",
            [new("Form.Victim.FamilyName", "Sixsonn")], "form[data-referral-form]", "button[value=Correct]");
        ((int)corrected.StatusCode).ShouldBeLessThan(500);
        var mails = MailFiles().Where(f => !before.Contains(f)).Select(File.ReadAllText).ToList();
        mails.ShouldNotBeEmpty("the referrer is told of the correction by e-mail");
        mails.ShouldAllBe(m => !m.Contains("attacker.example"));
        mails.ShouldAllBe(m => m.Contains("http://localhost:5080/"));
    }

    [Theory]
    [InlineData("9999")]
    [InlineData("1899")]
    public async Task Finding_7_a_grant_ending_in_a_year_out_of_range_gets_a_message_not_a_500(string year)
    {
        var id = await app.WithDbAsync(db => db.Referrals.Where(r => r.Status == ReferralStatus.Accepted).Select(r => r.Id).FirstAsync());
        using var coordinator = app.CreateClientAs(DemoPartnership.CoordinatorObjectId);
        using var response = await coordinator.SubmitFormAsync($"/grants/new?referralId={id}",
            [new("ValidUntil.Day", "31"), new("ValidUntil.Month", "12"), new("ValidUntil.Year", year)], "form[method=post]:not([action*=sign-out])");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await response.Content.ReadAsStringAsync();
        text.ShouldContain("must be between 1900 and 2100");
        text.ShouldContain($"value=\"{year}\"");
    }

    [Fact]
    public async Task Finding_7_the_audit_filter_with_a_year_out_of_range_answers_no_500()
    {
        using var admin = app.CreateClientAs(DemoPartnership.AdministratorObjectId);
        foreach (var query in new[] { "Filter.From=9999-12-31&Filter.To=9999-12-31", "Filter.From.Day=31&Filter.From.Month=12&Filter.From.Year=9999" })
        {
            using var response = await admin.GetAsync($"/governance/audit?{query}");
            ((int)response.StatusCode).ShouldBeLessThan(500, query);
        }
    }

    [Theory]
    [InlineData("Amy\nSmith")]
    [InlineData("Amy\u0007")]
    public async Task Finding_7_a_line_break_or_control_character_in_a_name_is_refused_with_a_message(string given)
    {
        using var client = app.CreateClientAs(DemoPartnership.PoliceReferrerObjectId);
        var values = ReferralFormTests.ValidReferral("placeholder", "Sevenson").Where(v => v.Key != "Form.Victim.GivenName")
            .Append(new("Form.Victim.GivenName", given));
        using var response = await client.SubmitFormAsync("/referrals/new", values, "form[data-referral-form]", "button[value=Submit]");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await response.Content.ReadAsStringAsync();
        text.ShouldContain("must be on one line, without line breaks or special characters");
        text.ShouldContain("govuk-error-summary");
        (await app.WithDbAsync(db => db.People.AnyAsync(p => p.FamilyName == "Sevenson"))).ShouldBeFalse();
    }

    private IEnumerable<string> MailFiles() =>
        Directory.Exists(app.MailFolder) ? Directory.EnumerateFiles(app.MailFolder, "*.eml", SearchOption.AllDirectories) : [];

    private async Task<int> ReferAsPoliceAsync(string given, string family, int? jointAgencyId = null)
    {
        using var client = app.CreateClientAs(DemoPartnership.PoliceReferrerObjectId);
        var police = (await app.StaffAsync(DemoPartnership.PoliceReferrerObjectId)).AgencyId!.Value;
        var values = ReferralFormTests.ValidReferral(given, family)
            .Append(new("Form.Victim.Address", RefugeAddress))
            .Append(new("Form.ReferringAgencyIds", police.ToString(CultureInfo.InvariantCulture)));
        if (jointAgencyId is { } joint)
        {
            values = values.Append(new("Form.ReferringAgencyIds", joint.ToString(CultureInfo.InvariantCulture)));
        }
        using var response = await client.SubmitFormAsync("/referrals/new", values, "form[data-referral-form]", "button[value=Submit]");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return int.Parse(response.RedirectTarget()!.Split('/')[^1], CultureInfo.InvariantCulture);
    }
}
