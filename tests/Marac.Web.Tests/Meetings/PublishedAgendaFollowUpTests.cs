using System.Net;
using Marac.Data.Demo;
using Marac.Data.Entities;
using Marac.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Tests.Meetings;

/// <summary>
/// After an agenda is published: a representative finds it among their agency's agendas, a correction to a
/// listed referral tells everyone who has already seen it, and each person reads and clears their notifications.
/// </summary>
public sealed class PublishedAgendaFollowUpTests(PublishedAgendaApp app) : IClassFixture<PublishedAgendaApp>
{
    private const string Correction = "Her sister, who lives nearby (corrected)";

    [Fact]
    public async Task A_representative_finds_the_published_agenda_among_their_agencys_agendas()
    {
        var id = await app.MeetingIdAsync();
        using var health = app.CreateClientAs(DemoPartnership.HealthRepresentativeObjectId);

        var page = await health.GetPageAsync("/agendas");

        page.QuerySelectorAll("#agendas tbody a").Select(a => a.GetAttribute("href")).ShouldContain($"/agendas/{id}");
        page.QuerySelector("#navigation")!.TextContent.ShouldContain("Agendas");
        var unpublished = await app.WithDbAsync(db => db.Meetings.Where(m => m.FirstPublishedAt == null).Select(m => m.Id).ToListAsync());
        page.QuerySelectorAll("#agendas tbody a").Select(a => a.GetAttribute("href")).ShouldNotContain(href => unpublished.Any(u => href == $"/agendas/{u}"));
    }

    [Fact]
    public async Task Correcting_a_listed_referral_tells_everyone_who_has_seen_it_and_no_one_else()
    {
        var id = await app.MeetingIdAsync();
        var listed = (await app.ListedAsync()).First(c => c.WithChildren);
        using var health = app.CreateClientAs(DemoPartnership.HealthRepresentativeObjectId);
        (await health.GetPageAsync($"/agendas/{id}")).QuerySelector("main")!.TextContent.ShouldContain(listed.Reference);
        var healthRep = await app.StaffAsync(DemoPartnership.HealthRepresentativeObjectId);
        var policeRep = await app.StaffAsync(DemoPartnership.PoliceRepresentativeObjectId);
        var coordinator = await app.StaffAsync(DemoUsers.For(AppRoles.Coordinator).ObjectId);
        using var coordinatorClient = app.CreateClientAs(AppRoles.Coordinator);

        using var corrected = await coordinatorClient.SubmitFormAsync($"/referrals/{listed.ReferralId}/edit", [new("Form.SafeToTalkTo", Correction)],
            formSelector: "form[data-referral-form]", submitButton: "button[value='Correct']");

        corrected.RedirectTarget().ShouldBe($"/referrals/{listed.ReferralId}");
        (await app.WithDbAsync(db => db.Referrals.Where(r => r.Id == listed.ReferralId).Select(r => new { r.SafeToTalkTo, r.Status }).SingleAsync()))
            .ShouldBe(new { SafeToTalkTo = (string?)Correction, Status = ReferralStatus.Accepted });
        var told = await app.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.Text.Contains("corrected")).ToListAsync());
        told.ShouldContain(n => n.StaffUserId == healthRep.Id && n.Link == $"/agendas/{id}");
        told.ShouldNotContain(n => n.StaffUserId == policeRep.Id, "the police representative has not opened the agenda");
        told.ShouldNotContain(n => n.StaffUserId == coordinator.Id, "the coordinator made the correction");
        told.ShouldAllBe(n => !n.Text.Contains(listed.Reference));
        var mail = MailFiles().Select(File.ReadAllText).Where(m => m.Contains("corrected", StringComparison.Ordinal)).ToList();
        mail.ShouldContain(m => m.Contains(healthRep.Email, StringComparison.OrdinalIgnoreCase));
        mail.ShouldAllBe(m => !m.Contains(listed.Reference) && !m.Contains(Correction));

        var notifications = await health.GetPageAsync("/notifications");
        var unread = await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.StaffUserId == healthRep.Id && n.ReadAt == null));
        notifications.QuerySelector("#unread-notifications")!.TextContent.ShouldBe($"{unread} unread");
        notifications.QuerySelectorAll("#notifications a").Select(a => a.GetAttribute("href")).ShouldContain($"/agendas/{id}");
    }

    [Fact]
    public async Task Each_person_marks_their_own_notifications_as_read_and_no_one_elses()
    {
        await app.MeetingIdAsync();
        var police = await app.StaffAsync(DemoPartnership.PoliceRepresentativeObjectId);
        var someoneElses = await app.WithDbAsync(async db =>
        {
            db.Notifications.AddRange(
                new Notification { StaffUserId = police.Id, Text = "Test notification one", Link = "/agendas", CreatedAt = DateTime.UtcNow },
                new Notification { StaffUserId = police.Id, Text = "Test notification two", Link = "/agendas", CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            return await db.Notifications.Where(n => n.StaffUserId != police.Id && n.ReadAt == null).Select(n => n.Id).FirstAsync();
        });
        using var client = app.CreateClientAs(DemoPartnership.PoliceRepresentativeObjectId);
        var page = await client.GetPageAsync("/notifications");
        var firstUnread = page.QuerySelector("#notifications form input[name='NotificationId']")!.GetAttribute("value")!;

        using var one = await client.SubmitFormAsync(page, "/notifications", formSelector: "#notifications form");
        one.RedirectTarget().ShouldBe("/notifications");
        (await app.WithDbAsync(db => db.Notifications.SingleAsync(n => n.Id == int.Parse(firstUnread)))).ReadAt.ShouldNotBeNull();

        // The same form, with another person's notification in it.
        using var forged = await client.SubmitFormAsync(page, "/notifications",
            [new("NotificationId", someoneElses.ToString(System.Globalization.CultureInfo.InvariantCulture))], formSelector: "#notifications form");
        (await app.WithDbAsync(db => db.Notifications.SingleAsync(n => n.Id == someoneElses))).ReadAt.ShouldBeNull();

        using var all = await client.SubmitFormAsync("/notifications", formSelector: "#read-all");
        all.RedirectTarget().ShouldBe("/notifications");
        (await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.StaffUserId == police.Id && n.ReadAt == null))).ShouldBe(0);
        var after = await client.GetPageAsync("/notifications");
        after.QuerySelector("#unread-notifications").ShouldBeNull();
        after.QuerySelector("#unread-count")!.TextContent.ShouldBe("You have read all your notifications.");
    }

    private List<string> MailFiles() => Directory.Exists(app.MailFolder)
        ? Directory.GetFiles(app.MailFolder, "*.eml").ToList()
        : [];
}
