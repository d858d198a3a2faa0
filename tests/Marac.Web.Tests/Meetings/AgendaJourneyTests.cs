using System.Net;
using Marac.Data.Entities;
using Marac.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Marac.Web.Tests.Administration.AdminTestData;
using static Marac.Web.Tests.Meetings.MeetingTestData;

namespace Marac.Web.Tests.Meetings;

/// <summary>
/// A coordinator builds, changes and publishes an agenda. It has an app of its own: proposing an agenda
/// lists the demo's accepted cases, which would change what other test classes see.
/// </summary>
public sealed class AgendaJourneyTests(MaracWebFactory app) : IClassFixture<MaracWebFactory>
{
    [Fact]
    public async Task A_coordinator_builds_changes_and_publishes_an_agenda_and_the_invited_representatives_are_told()
    {
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);
        var (first, next) = await ScheduleTwoAsync(coordinator);

        using var proposed = await coordinator.SubmitFormAsync($"/meetings/{first}", formSelector: "#propose-agenda");
        proposed.RedirectTarget().ShouldBe($"/meetings/{first}");
        var meeting = await app.MeetingAsync(first);
        var items = meeting.AgendaItems.Where(i => i.Status == AgendaItemStatus.Listed).OrderBy(i => i.Section).ThenBy(i => i.Order).ToList();
        items.Count.ShouldBeGreaterThan(2, "the demo's accepted referrals are all received by a cut-off ten weeks away");
        items.Select(i => i.Section).ShouldBeInOrder();
        var referring = await app.WithDbAsync(db => db.ReferralAgencies.Where(a => items.Select(i => i.ReferralId).Contains(a.ReferralId)).Select(a => a.AgencyId).Distinct().ToListAsync());
        referring.ShouldBeSubsetOf(meeting.InvitedAgencies.Select(a => a.AgencyId));

        // Remove one with a reason; the reason is required and kept.
        var removed = items[^1];
        using var noReason = await coordinator.SubmitMainFormAsync($"/meetings/{first}/items/{removed.Id}", [new("Decision", "Remove")]);
        (await noReason.ShouldRedisplayAsync()).FieldError("Reason").ShouldBe("Enter why you are removing the case from the agenda");
        using var removal = await coordinator.SubmitMainFormAsync($"/meetings/{first}/items/{removed.Id}", [new("Decision", "Remove"), new("Reason", "Victim has moved to another area")]);
        removal.RedirectTarget().ShouldBe($"/meetings/{first}");

        // Defer one: it moves to the next meeting.
        var deferred = items[0];
        using var deferral = await coordinator.SubmitMainFormAsync($"/meetings/{first}/items/{deferred.Id}", [new("Decision", "Defer"), new("Reason", "The referrer cannot attend")]);
        deferral.RedirectTarget().ShouldBe($"/meetings/{first}");
        (await app.MeetingAsync(next)).AgendaItems.ShouldContain(i => i.ReferralId == deferred.ReferralId && i.Status == AgendaItemStatus.Listed);
        var changes = await app.WithDbAsync(db => db.AgendaChanges.AsNoTracking().Where(c => c.MeetingId == first).ToListAsync());
        changes.ShouldContain(c => c.Kind == AgendaChangeKind.Removed && c.Reason == "Victim has moved to another area");
        changes.ShouldContain(c => c.Kind == AgendaChangeKind.Deferred && c.Reason == "The referrer cannot attend");

        using var published = await coordinator.SubmitFormAsync($"/meetings/{first}", formSelector: "#publish-agenda");
        published.RedirectTarget().ShouldBe($"/meetings/{first}");
        var after = await app.MeetingAsync(first);
        after.Status.ShouldBe(MeetingStatus.Published);
        after.FirstPublishedAt.ShouldNotBeNull();
        var notified = await app.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.Link == $"/agendas/{first}").ToListAsync());
        notified.ShouldNotBeEmpty();
        var mail = Directory.GetFiles(app.MailFolder, "*.eml").Select(File.ReadAllText).ToList();
        mail.ShouldNotBeEmpty();
        var references = await app.WithDbAsync(db => db.Referrals.Where(r => items.Select(i => i.ReferralId).Contains(r.Id))
            .Select(r => new { r.Reference, r.Victim.FamilyName }).ToListAsync());
        foreach (var message in mail)
        {
            message.ShouldContain($"/agendas/{first}");
            references.ShouldAllBe(r => !message.Contains(r.Reference) && !message.Contains(r.FamilyName));
        }
        (await app.WithDbAsync(db => db.AgendaChanges.CountAsync(c => c.MeetingId == first && c.PublishedAt == null))).ShouldBe(0);

        await InvitedAgenciesSeeOnlyWhatTheyMayAsync(first, next);
    }

    private async Task InvitedAgenciesSeeOnlyWhatTheyMayAsync(int published, int notPublished)
    {
        var listed = await app.WithDbAsync(db => db.AgendaItems.Where(i => i.MeetingId == published && i.Status == AgendaItemStatus.Listed)
            .Select(i => new { i.Referral.Reference, WithChildren = i.Referral.Children.Any() || i.Referral.ImportedChildrenCount > 0 }).ToListAsync());
        using var police = app.CreateClientAs(Marac.Data.Demo.DemoPartnership.PoliceRepresentativeObjectId);
        var before = await app.LastAuditSequenceAsync();
        var page = await police.GetPageAsync($"/agendas/{published}");
        var shown = page.QuerySelectorAll("h3").Select(h => h.TextContent.Trim()).ToList();
        shown.ShouldBe(listed.Select(l => l.Reference), ignoreOrder: true);
        (await app.AuditEventsAfterAsync(before)).Count(e => e.Action == AuditAction.View && e.EntityType == nameof(Referral)).ShouldBe(listed.Count);

        using var cafcass = app.CreateClientAs(Marac.Data.Demo.DemoPartnership.CafcassRepresentativeObjectId);
        var childrenOnly = (await cafcass.GetPageAsync($"/agendas/{published}")).QuerySelectorAll("h3").Select(h => h.TextContent.Trim()).ToList();
        childrenOnly.ShouldBe(listed.Where(l => l.WithChildren).Select(l => l.Reference), ignoreOrder: true);

        var outsider = await app.WithDbAsync(async db =>
        {
            var agency = new Agency { Name = Unique("Not invited agency"), IsCoreMember = false, SourceCategory = ReferralSource.Other };
            db.Agencies.Add(agency);
            await db.SaveChangesAsync();
            return agency.Name;
        });
        var stranger = await app.AddStaffAsync(StaffUserStatus.Active, AppRoles.AgencyRepresentative, outsider);
        using var notInvited = app.CreateClientAs(stranger.ObjectId);
        (await notInvited.GetAsync($"/agendas/{published}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await police.GetAsync($"/agendas/{notPublished}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_second_coordinator_working_from_an_older_page_is_told_and_nothing_is_overwritten()
    {
        using var first = app.CreateClientAs(AppRoles.Coordinator);
        using var second = app.CreateClientAs(AppRoles.Coordinator);
        var (id, _) = await ScheduleTwoAsync(first);
        var stalePage = await second.GetPageAsync($"/meetings/{id}");

        using var proposed = await first.SubmitFormAsync($"/meetings/{id}", formSelector: "#propose-agenda");
        proposed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var before = await app.MeetingAsync(id);

        using var late = await second.SubmitFormAsync(stalePage, $"/meetings/{id}", formSelector: "#propose-agenda");

        var page = await late.ShouldRedisplayAsync();
        page.ErrorSummary().ShouldContain("Someone else changed this agenda while you were working on it");
        var after = await app.MeetingAsync(id);
        after.Version.ShouldBe(before.Version);
        after.AgendaItems.Count.ShouldBe(before.AgendaItems.Count);
    }

    [Fact]
    public async Task A_referral_withdrawn_after_listing_stops_publication_until_it_is_removed()
    {
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);
        var (id, _) = await ScheduleTwoAsync(coordinator);
        var referralId = await ListOneAsync(coordinator, id);
        await app.WithDbAsync(async db =>
        {
            var referral = await db.Referrals.SingleAsync(r => r.Id == referralId);
            referral.Status = ReferralStatus.Withdrawn;
            await db.SaveChangesAsync();
        });

        using var response = await coordinator.SubmitFormAsync($"/meetings/{id}", formSelector: "#publish-agenda");

        var page = await response.ShouldRedisplayAsync();
        page.ErrorSummary().ShouldContain("was withdrawn or returned after it was listed. Remove it from the agenda before publishing");
        (await app.MeetingAsync(id)).Status.ShouldBe(MeetingStatus.Scheduled);
    }

    /// <summary>Schedules two weekly meetings far enough ahead that every open referral is before the cut-off.</summary>
    private async Task<(int First, int Next)> ScheduleTwoAsync(HttpClient coordinator)
    {
        var latest = await app.WithDbAsync(db => db.Meetings.MaxAsync(m => m.StartsAt));
        var date = DateOnly.FromDateTime(latest).AddDays(70);
        using var response = await coordinator.SubmitMainFormAsync("/meetings/new", ScheduleFields(date, repeat: "Weekly", count: "2"));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = IdFrom(response.RedirectTarget());
        var next = await app.WithDbAsync(async db =>
        {
            var series = await db.Meetings.Where(m => m.Id == id).Select(m => m.SeriesId).SingleAsync();
            return await db.Meetings.Where(m => m.SeriesId == series && m.Id != id).Select(m => m.Id).SingleAsync();
        });
        return (id, next);
    }

    /// <summary>Adds one waiting accepted case (marked accepted here if need be) through the add page.</summary>
    private async Task<int> ListOneAsync(HttpClient coordinator, int meetingId)
    {
        var referralId = await app.WithDbAsync(async db =>
        {
            var referral = await db.Referrals.Where(r => (r.Status == ReferralStatus.Submitted || r.Status == ReferralStatus.Accepted)
                    && !r.AgendaItems.Any(i => i.Status == AgendaItemStatus.Listed))
                .OrderBy(r => r.Id).FirstAsync();
            referral.Status = ReferralStatus.Accepted;
            await db.SaveChangesAsync();
            return referral.Id;
        });
        using var added = await coordinator.SubmitMainFormAsync($"/meetings/{meetingId}/add", [new("ReferralId", Text(referralId)), new("Reason", "Listed for the test")]);
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return referralId;
    }
}
