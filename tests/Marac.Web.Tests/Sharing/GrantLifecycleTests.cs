using System.Globalization;
using System.Net;
using Marac.Data.Demo;
using Marac.Data.Entities;
using Marac.Sharing.Categories;
using System.Security.Claims;
using Marac.Web.Features.LiveMeeting;
using Marac.Web.Features.Sharing;
using Marac.Web.Infrastructure.Auth;
using Marac.Web.Tests.Infrastructure;
using NSubstitute;
using Marac.Web.Tests.Meetings;
using Microsoft.EntityFrameworkCore;
using static Marac.Sharing.Categories.DataCategory;

namespace Marac.Web.Tests.Sharing;

/// <summary>Grants made by publishing, changed and revoked by a coordinator, and refused when wrong.</summary>
public sealed class GrantLifecycleTests(PublishedAgendaApp app) : IClassFixture<PublishedAgendaApp>
{
    [Fact]
    public async Task Publishing_grants_each_invited_agency_its_profile_until_28_days_after_the_meeting()
    {
        var grant = await HousingGrantAsync();
        var meeting = await app.WithDbAsync(db => db.Meetings.SingleAsync(m => m.Id == grant.MeetingId));

        new CategorySet(grant.Categories).ShouldBe(CategorySet.Of(Identity, Risk, CaseManagement));
        grant.Origin.ShouldBe(GrantOrigin.Publication);
        Marac.Data.UkTime.FromUtc(grant.ValidTo).ShouldBe(meeting.StartsAt.Date.AddDays(29));
        var idva = await app.WithDbAsync(db => db.AccessGrants.Include(g => g.Agency)
            .SingleAsync(g => g.MeetingId == grant.MeetingId && g.Agency!.SourceCategory == ReferralSource.Idva && g.Agency.Name.Contains("Haven")));
        new CategorySet(idva.Categories).Contains(LocationAndSafetyContacts).ShouldBeTrue();
    }

    [Fact]
    public async Task Narrowing_a_grant_changes_the_representatives_next_page_and_is_kept_with_its_reason()
    {
        var grant = await HousingGrantAsync();
        var referral = await NotReferredByHousingAsync();
        using var housing = app.CreateClientAs(DemoPartnership.HousingRepresentativeObjectId);
        (await housing.GetPageAsync($"/cases/{referral}")).Body!.TextContent.ShouldNotContain("withheld: Risk");

        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);
        using var saved = await coordinator.SubmitFormAsync($"/grants/{grant.Id}",
            [new("Categories", nameof(Identity)), new("Categories", nameof(CaseManagement)), new("Reason", "Housing only needs to trace the tenancy")],
            formSelector: "#grant-change");

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await housing.GetPageAsync($"/cases/{referral}")).Body!.TextContent.ShouldContain("withheld: Risk");
        var history = await app.WithDbAsync(db => db.AccessGrantChanges.Where(c => c.AccessGrantId == grant.Id).ToListAsync());
        history.ShouldContain(c => c.Kind == GrantChangeKind.Narrowed && c.Reason == "Housing only needs to trace the tenancy");
        await RestoreAsync(grant);
    }

    [Fact]
    public async Task Revoking_a_grant_closes_the_agenda_to_the_agency_at_once()
    {
        var grant = await HousingGrantAsync();
        using var housing = app.CreateClientAs(DemoPartnership.HousingRepresentativeObjectId);
        (await housing.GetAsync($"/agendas/{grant.MeetingId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);

        using var revoked = await coordinator.SubmitFormAsync($"/grants/{grant.Id}", [new("Reason", "Agency withdrew from this meeting")],
            formSelector: "#grant-change", submitButton: "button[formaction$='handler=Revoke']");

        revoked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await housing.GetAsync($"/agendas/{grant.MeetingId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await RestoreAsync(grant);
    }

    [Fact]
    public async Task Narrowing_or_revoking_closes_the_agencys_live_meeting_connections_and_widening_does_not()
    {
        var grant = await HousingGrantAsync();
        var connections = Substitute.For<IMeetingConnections>();
        var coordinator = new ClaimsPrincipal(new ClaimsIdentity([new Claim(MaracClaims.StaffUserId, "1")], "Test"));
        var agency = grant.AgencyId!.Value;

        await app.WithDbAsync(async db =>
        {
            var editor = new GrantEditor(db, app.Clock, connections);
            var wider = new CategorySet(grant.Categories).With(Health);
            (await editor.ChangeAsync(grant.Id, grant.Version, wider, grant.ValidTo, "Health history needed", coordinator)).Outcome.ShouldBe(GrantEditOutcome.Saved);
            await connections.DidNotReceive().DisconnectAgencyAsync(agency);

            var version = await db.AccessGrants.Where(g => g.Id == grant.Id).Select(g => g.Version).SingleAsync();
            (await editor.RevokeAsync(grant.Id, version, "Agency withdrew", coordinator)).Outcome.ShouldBe(GrantEditOutcome.Saved);
            await connections.Received(1).DisconnectAgencyAsync(agency);
        });
        await RestoreAsync(grant);
    }

    [Theory]
    [InlineData("LawfulBasisId", "", "Choose the lawful basis for sharing")]
    [InlineData("ValidUntil.Year", "2020", "The expiry date must be after the start date")]
    [InlineData("AgencyId", "99999", "Choose an agency from the list")]
    public async Task A_wrong_grant_is_refused_with_a_clear_message_keeps_what_was_typed_and_is_audited(string field, string value, string message)
    {
        var meeting = await app.MeetingIdAsync();
        var housingAgency = (await app.StaffAsync(DemoPartnership.HousingRepresentativeObjectId)).AgencyId!.Value;
        var basis = await app.WithDbAsync(db => db.LawfulBases.Select(b => b.Id).FirstAsync());
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);
        var mark = await app.LastAuditSequenceAsync();
        var fields = new Dictionary<string, string>
        {
            ["AgencyId"] = housingAgency.ToString(CultureInfo.InvariantCulture), ["Purpose"] = "Safety planning before the meeting",
            ["LawfulBasisId"] = basis.ToString(CultureInfo.InvariantCulture), ["Categories"] = nameof(Risk),
            ["ValidUntil.Day"] = "1", ["ValidUntil.Month"] = "3", ["ValidUntil.Year"] = "2030",
        };
        fields[field] = value;

        using var response = await coordinator.SubmitFormAsync($"/grants/new?meetingId={meeting}", fields.ToList(), formSelector: "#new-grant");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlPages.ParseAsync(response);
        page.QuerySelector(".govuk-error-summary")!.TextContent.ShouldContain(message);
        ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#Purpose")!).Value.ShouldBe("Safety planning before the meeting");
        (await app.AuditEventsAfterAsync(mark)).ShouldContain(e => e.Action == AuditAction.Refused && e.EntityType == nameof(AccessGrant));
    }

    [Fact]
    public async Task A_forged_grant_id_is_refused_and_audited()
    {
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);
        var mark = await app.LastAuditSequenceAsync();

        (await coordinator.GetAsync("/grants/987654")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await app.AuditEventsAfterAsync(mark)).ShouldContain(e => e.Action == AuditAction.Refused && e.EntityId == "987654");
    }

    [Fact]
    public async Task An_excluded_agency_loses_the_case_from_its_agenda_and_its_case_page()
    {
        var meeting = await app.MeetingIdAsync();
        var referral = await NotReferredByHousingAsync(last: true);
        var housingAgency = (await app.StaffAsync(DemoPartnership.HousingRepresentativeObjectId)).AgencyId!.Value;
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);
        using var housing = app.CreateClientAs(DemoPartnership.HousingRepresentativeObjectId);
        (await housing.GetPageAsync($"/agendas/{meeting}")).QuerySelector($"#case-{referral}").ShouldNotBeNull();

        using var saved = await coordinator.SubmitFormAsync($"/cases/{referral}/sharing",
            [new("ExcludeAgencyId", housingAgency.ToString(CultureInfo.InvariantCulture)), new("ExcludeReason", "The victim works in the housing team")],
            formSelector: "#add-exclusion", submitButton: "button[formaction$='handler=Exclude']");

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await housing.GetPageAsync($"/agendas/{meeting}")).QuerySelector($"#case-{referral}").ShouldBeNull();
        (await housing.GetAsync($"/cases/{referral}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await app.WithDbAsync(async db =>
        {
            await db.CaseExclusions.Where(e => e.ReferralId == referral).ExecuteDeleteAsync();
        });
    }

    [Fact]
    public async Task An_excluded_coordinator_no_longer_receives_the_case_anywhere()
    {
        var meeting = await app.MeetingIdAsync();
        var listed = (await app.ListedAsync()).First();
        var coordinatorId = (await app.StaffAsync(DemoPartnership.CoordinatorObjectId)).Id;
        await app.WithDbAsync(async db =>
        {
            db.CaseExclusions.Add(new CaseExclusion { ReferralId = listed.ReferralId, StaffUserId = coordinatorId, Reason = "A relative of the coordinator", RecordedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);

        var agenda = (await coordinator.GetPageAsync($"/meetings/{meeting}")).Body!.TextContent;
        agenda.ShouldNotContain(listed.Reference);
        agenda.ShouldContain("A case you must not receive");
        (await coordinator.GetPageAsync($"/meetings/{meeting}/print")).Body!.TextContent.ShouldNotContain(listed.Reference);
        (await coordinator.GetAsync($"/referrals/{listed.ReferralId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await coordinator.GetAsync($"/cases/{listed.ReferralId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await coordinator.GetAsync($"/cases/{listed.ReferralId}/sharing")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await app.WithDbAsync(async db => await db.CaseExclusions.Where(e => e.ReferralId == listed.ReferralId).ExecuteDeleteAsync());
    }

    private async Task<int> NotReferredByHousingAsync(bool last = false)
    {
        var listed = (await app.ListedAsync()).Select(c => c.ReferralId).ToList();
        var housingAgency = (await app.StaffAsync(DemoPartnership.HousingRepresentativeObjectId)).AgencyId;
        var candidates = await app.WithDbAsync(db => db.Referrals.Where(r => listed.Contains(r.Id) && !r.ReferringAgencies.Any(a => a.AgencyId == housingAgency))
            .OrderBy(r => r.Id).Select(r => r.Id).ToListAsync());
        return last ? candidates[^1] : candidates[0];
    }

    private async Task<AccessGrant> HousingGrantAsync()
    {
        var meeting = await app.MeetingIdAsync();
        var housingAgency = (await app.StaffAsync(DemoPartnership.HousingRepresentativeObjectId)).AgencyId;
        return await app.WithDbAsync(db => db.AccessGrants.AsNoTracking()
            .SingleAsync(g => g.MeetingId == meeting && g.AgencyId == housingAgency && g.Origin == GrantOrigin.Publication));
    }

    private Task RestoreAsync(AccessGrant original) => app.WithDbAsync(async db =>
    {
        var grant = await db.AccessGrants.SingleAsync(g => g.Id == original.Id);
        grant.Categories = original.Categories;
        grant.RevokedAt = null;
        grant.RevokedReason = null;
        await db.SaveChangesAsync();
    });
}
