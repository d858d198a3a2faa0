using System.Net;
using Marac.Data.Demo;
using Marac.Data.Entities;
using Marac.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Marac.Web.Tests.Administration.AdminTestData;

namespace Marac.Web.Tests.Meetings;

/// <summary>Invited agencies record research returns on a published agenda; each agency's private note stays its own.</summary>
public sealed class ResearchReturnTests(PublishedAgendaApp app) : IClassFixture<PublishedAgendaApp>
{
    [Fact]
    public async Task A_representative_is_told_what_to_fix_and_keeps_what_they_typed()
    {
        var id = await app.MeetingIdAsync();
        var first = (await app.ListedAsync())[0];
        using var childrensServices = app.CreateClientAs(DemoPartnership.ChildrensServicesRepresentativeObjectId);
        var url = $"/agendas/{id}/cases/{first.ReferralId}/return";

        using var nothingChosen = await childrensServices.SubmitMainFormAsync(url, [new("SharedOpinion", "Typed opinion")]);
        var page = await nothingChosen.ShouldRedisplayAsync();
        page.FieldError("Answer").ShouldBe("Select whether your agency holds information on this case");
        page.QuerySelector("#SharedOpinion")!.TextContent.ShouldBe("Typed opinion");

        using var tooLong = await childrensServices.SubmitMainFormAsync(url, [new("Answer", "HoldsInformation"), new("SharedFacts", new string('x', 4001)), new("NotSharedNote", "Typed note")]);
        page = await tooLong.ShouldRedisplayAsync();
        page.FieldError("SharedFacts").ShouldBe("The facts to share must be 4000 characters or fewer");
        page.QuerySelector("#NotSharedNote")!.TextContent.ShouldBe("Typed note");
        page.QuerySelector("input[name='Answer'][value='HoldsInformation']")!.HasAttribute("checked").ShouldBeTrue();

        using var empty = await childrensServices.SubmitMainFormAsync(url, [new("Answer", "HoldsInformation")]);
        (await empty.ShouldRedisplayAsync()).FieldError("SharedFacts").ShouldBe("Enter the facts your agency will share, or its opinion, or both");
        var agencyId = await app.AgencyIdAsync(DemoAgencyNames.ChildrensServices);
        (await app.WithDbAsync(db => db.ResearchReturns.AnyAsync(r => r.MeetingId == id && r.ReferralId == first.ReferralId && r.AgencyId == agencyId))).ShouldBeFalse();
    }

    [Fact]
    public async Task Only_the_agencys_own_representatives_see_its_private_note()
    {
        var id = await app.MeetingIdAsync();
        var listed = await app.ListedAsync();
        var withChildren = listed.First(c => c.WithChildren);
        var note = $"Private reason {Guid.NewGuid():N}";
        using var police = app.CreateClientAs(DemoPartnership.PoliceRepresentativeObjectId);
        var url = $"/agendas/{id}/cases/{withChildren.ReferralId}/return";
        var before = await app.LastAuditSequenceAsync();
        using var saved = await police.SubmitMainFormAsync(url,
            [new("Answer", "HoldsInformation"), new("SharedFacts", "Two call-outs this year"), new("SharedOpinion", "Risk is escalating"), new("NotSharedNote", note)]);
        saved.RedirectTarget().ShouldBe($"/agendas/{id}#case-{withChildren.ReferralId}");
        var stored = await app.WithDbAsync(db => db.ResearchReturns.AsNoTracking().SingleAsync(r => r.MeetingId == id && r.ReferralId == withChildren.ReferralId));
        (stored.Answer, stored.SharedFacts, stored.SharedOpinion, stored.NotSharedNote).ShouldBe((ResearchAnswer.HoldsInformation, "Two call-outs this year", "Risk is escalating", note));
        var audited = await app.AuditEventsAfterAsync(before);
        audited.ShouldContain(e => e.Action == AuditAction.Create && e.EntityType == nameof(ResearchReturn) && e.ReferralId == withChildren.ReferralId);
        audited.ShouldAllBe(e => (e.Detail ?? "").Contains(note) == false && (e.Outcome ?? "").Contains(note) == false, "the audit names fields, never the note");

        var colleague = await app.AddStaffAsync(StaffUserStatus.Active, AppRoles.AgencyRepresentative, DemoAgencyNames.Police);
        using var sameAgency = app.CreateClientAs(colleague.ObjectId);
        (await sameAgency.GetStringAsync(url)).ShouldContain(note);

        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);
        using var health = app.CreateClientAs(DemoPartnership.HealthRepresentativeObjectId);
        using var cafcass = app.CreateClientAs(DemoPartnership.CafcassRepresentativeObjectId);
        foreach (var (client, page) in new[]
                 {
                     (coordinator, $"/meetings/{id}"), (coordinator, $"/meetings/{id}/print"), (coordinator, $"/referrals/{withChildren.ReferralId}"),
                     (health, $"/agendas/{id}"), (health, $"/agendas/{id}/print"), (health, url), (cafcass, url),
                 })
        {
            using var response = await client.GetAsync(page);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, page);
            (await response.Content.ReadAsStringAsync()).ShouldNotContain(note, customMessage: page);
        }
        (await coordinator.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_second_representative_saving_from_an_older_page_is_told_and_nothing_is_overwritten()
    {
        var id = await app.MeetingIdAsync();
        var item = (await app.ListedAsync())[^1];
        var url = $"/agendas/{id}/cases/{item.ReferralId}/return";
        var colleague = await app.AddStaffAsync(StaffUserStatus.Active, AppRoles.AgencyRepresentative, DemoAgencyNames.Housing);
        using var first = app.CreateClientAs(DemoPartnership.HousingRepresentativeObjectId);
        using var second = app.CreateClientAs(colleague.ObjectId);
        var stale = await second.GetPageAsync(url);

        using var saved = await first.SubmitMainFormAsync(url, [new("Answer", "NothingHeld")]);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var late = await second.SubmitMainFormAsync(stale, url, [new("Answer", "HoldsInformation"), new("SharedFacts", "Tenancy warning on file")]);

        var page = await late.ShouldRedisplayAsync();
        page.ErrorSummary().ShouldContain("Someone else in your agency saved this return while you were working on it");
        page.QuerySelector("#SharedFacts")!.TextContent.ShouldBe("Tenancy warning on file");
        var stored = await app.WithDbAsync(db => db.ResearchReturns.AsNoTracking().SingleAsync(r => r.MeetingId == id && r.ReferralId == item.ReferralId && r.SharedFacts == null));
        stored.Answer.ShouldBe(ResearchAnswer.NothingHeld);

        using var again = await second.SubmitMainFormAsync(page, url, []);
        again.StatusCode.ShouldBe(HttpStatusCode.Redirect, "saving again, having seen the colleague's return, is a deliberate choice");
    }

    [Fact]
    public async Task An_agency_not_invited_sees_nothing_by_page_or_by_id_and_each_attempt_is_audited()
    {
        var id = await app.MeetingIdAsync();
        var listed = await app.ListedAsync();
        var outsider = await app.WithDbAsync(async db =>
        {
            var agency = new Agency { Name = Unique("Uninvited agency"), IsCoreMember = false, SourceCategory = ReferralSource.Other };
            db.Agencies.Add(agency);
            await db.SaveChangesAsync();
            return agency.Name;
        });
        var stranger = await app.AddStaffAsync(StaffUserStatus.Active, AppRoles.AgencyRepresentative, outsider);
        using var client = app.CreateClientAs(stranger.ObjectId);
        var before = await app.LastAuditSequenceAsync();

        var urls = new List<string> { $"/agendas/{id}", $"/agendas/{id}/print" };
        urls.AddRange(listed.Select(c => $"/agendas/{id}/cases/{c.ReferralId}/return"));
        foreach (var url in urls)
        {
            (await client.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
        }
        using var post = await client.PostAsync($"/agendas/{id}/cases/{listed[0].ReferralId}/return", new FormUrlEncodedContent([]));
        post.StatusCode.ShouldBe(HttpStatusCode.BadRequest, "no antiforgery token: refused before anything is read");

        var refused = (await app.AuditEventsAfterAsync(before)).Where(e => e.Action == AuditAction.Refused).ToList();
        refused.Count.ShouldBe(urls.Count);
        (await app.AuditEventsAfterAsync(before)).ShouldNotContain(e => e.Action == AuditAction.View);
    }

    [Fact]
    public async Task A_children_only_agency_never_sees_an_adult_only_case()
    {
        var id = await app.MeetingIdAsync();
        var listed = await app.ListedAsync();
        listed.ShouldContain(c => !c.WithChildren, "the demo lists adult-only cases");
        listed.ShouldContain(c => c.WithChildren, "the demo lists cases with children");
        using var cafcass = app.CreateClientAs(DemoPartnership.CafcassRepresentativeObjectId);

        var agenda = await cafcass.GetStringAsync($"/agendas/{id}");
        var print = await cafcass.GetStringAsync($"/agendas/{id}/print");
        foreach (var adultOnly in listed.Where(c => !c.WithChildren))
        {
            agenda.ShouldNotContain(adultOnly.Reference);
            print.ShouldNotContain(adultOnly.Reference);
            (await cafcass.GetAsync($"/agendas/{id}/cases/{adultOnly.ReferralId}/return")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }
        foreach (var withChildren in listed.Where(c => c.WithChildren))
        {
            print.ShouldContain(withChildren.Reference);
        }
    }

    [Fact]
    public async Task Opening_a_return_is_audited()
    {
        var id = await app.MeetingIdAsync();
        var item = (await app.ListedAsync())[0];
        using var idva = app.CreateClientAs(DemoPartnership.IdvaRepresentativeObjectId);
        var before = await app.LastAuditSequenceAsync();

        (await idva.GetAsync($"/agendas/{id}/cases/{item.ReferralId}/return")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await app.AuditEventsAfterAsync(before)).ShouldContain(e => e.Action == AuditAction.View && e.EntityType == nameof(ResearchReturn) && e.ReferralId == item.ReferralId);
    }
}
