using System.Net;
using Marac.Data.Demo;
using Marac.Data.Entities;
using Marac.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Marac.Web.Tests.Administration.AdminTestData;

namespace Marac.Web.Tests.Meetings;

/// <summary>The coordinator sees who has returned what on the whole agenda, chases the outstanding, and prints it.</summary>
public sealed class ResearchOverviewTests(PublishedAgendaApp app) : IClassFixture<PublishedAgendaApp>
{
    [Fact]
    public async Task The_coordinator_sees_who_has_returned_what_and_chases_the_outstanding_with_one_action()
    {
        var id = await app.MeetingIdAsync();
        var listed = await app.ListedAsync();
        var adultOnly = listed.First(c => !c.WithChildren);
        using var police = app.CreateClientAs(DemoPartnership.PoliceRepresentativeObjectId);
        foreach (var c in listed)
        {
            using var saved = await police.SubmitMainFormAsync($"/agendas/{id}/cases/{c.ReferralId}/return", [new("Answer", "NothingHeld")]);
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);

        var page = await coordinator.GetPageAsync($"/meetings/{id}");
        var table = page.QuerySelector("#research-overview")!;
        table.QuerySelectorAll("thead th").Length.ShouldBe(4, "one row per case with a compact list, however many agencies are invited");
        var row = table.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == adultOnly.Reference);
        var answers = row.QuerySelectorAll("li.marac-return").ToDictionary(li => li.GetAttribute("data-agency")!, li => li.QuerySelector(".govuk-tag")!.TextContent.Trim());
        answers[DemoAgencyNames.Police].ShouldBe("Nothing held");
        answers[DemoAgencyNames.Cafcass].ShouldBe("Not shown (adult-only case)");
        answers[DemoAgencyNames.Housing].ShouldBe("Outstanding");
        var outstandingFrom = row.QuerySelectorAll("td")[1].TextContent;
        outstandingFrom.ShouldContain(DemoAgencyNames.Housing);
        outstandingFrom.ShouldNotContain(DemoAgencyNames.Police);

        var before = await app.LastAuditSequenceAsync();
        var mailBefore = MailCount();
        using var chased = await coordinator.SubmitFormAsync($"/meetings/{id}", formSelector: "#chase-returns");

        chased.RedirectTarget().ShouldBe($"/meetings/{id}");
        var told = await app.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.Link == $"/agendas/{id}" && n.Text.Contains("outstanding"))
            .Select(n => n.StaffUserId).ToListAsync());
        var policeRep = await app.StaffAsync(DemoPartnership.PoliceRepresentativeObjectId);
        var housingRep = await app.StaffAsync(DemoPartnership.HousingRepresentativeObjectId);
        told.ShouldContain(housingRep.Id);
        told.ShouldNotContain(policeRep.Id, "the police have returned on every case");
        var mail = Directory.GetFiles(app.MailFolder, "*.eml").Select(File.ReadAllText).ToList();
        mail.Count.ShouldBeGreaterThan(mailBefore);
        foreach (var message in mail.Where(m => m.Contains("outstanding", StringComparison.Ordinal)))
        {
            message.ShouldContain($"/agendas/{id}");
            listed.ShouldAllBe(c => !message.Contains(c.Reference));
        }
        (await app.AuditEventsAfterAsync(before)).ShouldContain(e => e.EntityType == nameof(Meeting) && e.Detail == "research returns chased");
    }

    [Fact]
    public async Task The_printable_agendas_hold_sections_times_and_references_with_the_marking()
    {
        var id = await app.MeetingIdAsync();
        var listed = await app.ListedAsync();
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);
        using var health = app.CreateClientAs(DemoPartnership.HealthRepresentativeObjectId);

        foreach (var (client, url) in new[] { (coordinator, $"/meetings/{id}/print"), (health, $"/agendas/{id}/print") })
        {
            var page = await client.GetPageAsync(url);
            var rows = page.QuerySelectorAll(".marac-print-agenda tbody tr").ToList();
            rows.Select(r => r.QuerySelector("th")!.TextContent.Trim()).ShouldBe(listed.Select(c => c.Reference), url);
            rows[0].QuerySelector("td")!.TextContent.Trim().ShouldBe("9:30am");
            rows[1].QuerySelector("td")!.TextContent.Trim().ShouldBe("9:42am");
            page.QuerySelectorAll(".marac-marking").Length.ShouldBe(2, "OFFICIAL-SENSITIVE at the top and foot; the print style sheet repeats it on every page");
        }
    }

    private int MailCount() => Directory.Exists(app.MailFolder) ? Directory.GetFiles(app.MailFolder, "*.eml").Length : 0;
}
