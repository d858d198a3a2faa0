using System.Security.Claims;
using Marac.Data;
using Marac.Data.Entities;
using Marac.Web.Features.Sharing;
using Marac.Web.Infrastructure.Auth;
using Marac.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Meetings;

/// <summary>
/// Publishes an agenda: the invited agencies' representatives are told in the app and by e-mail (a link
/// and the meeting date, never case details). Republishing records what changed since and tells only the
/// agencies the changes affect.
/// </summary>
public sealed class AgendaPublisher(MaracDbContext db, PublicationGrants grants, StaffNotifier notifier, TimeProvider clock)
{
    public async Task<AgendaResult> PublishAsync(int id, Guid version, ClaimsPrincipal user, string siteAddress)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var meeting = await db.Meetings.Include(m => m.AgendaItems).ThenInclude(i => i.Referral)
            .Include(m => m.InvitedAgencies).ThenInclude(a => a.Agency)
            .FirstOrDefaultAsync(m => m.Id == id);
        if (meeting is null)
        {
            return AgendaResult.NotFound;
        }
        if (meeting.Version != version)
        {
            return AgendaResult.Conflict;
        }
        var listed = meeting.AgendaItems.Where(i => i.Status == AgendaItemStatus.Listed).ToList();
        if (Problem(meeting, listed) is { } problem)
        {
            return AgendaResult.Refused(problem);
        }
        var changes = await db.AgendaChanges.Where(c => c.MeetingId == id && c.PublishedAt == null).ToListAsync();
        var republishing = meeting.FirstPublishedAt is not null;
        if (republishing && changes.Count == 0)
        {
            return AgendaResult.Refused("Nothing has changed since the agenda was published");
        }
        var agencies = republishing ? await AffectedAgenciesAsync(meeting, changes) : meeting.InvitedAgencies.Select(a => a.AgencyId).ToHashSet();
        var recipients = await db.StaffUsers.AsNoTracking()
            .Where(u => u.Status == StaffUserStatus.Active && (u.Roles & AppRoles.AgencyRepresentative) == AppRoles.AgencyRepresentative
                && u.AgencyId != null && agencies.Contains(u.AgencyId.Value))
            .ToListAsync();

        meeting.Status = MeetingStatus.Published;
        meeting.FirstPublishedAt ??= now;
        meeting.LastPublishedAt = now;
        changes.ForEach(c => c.PublishedAt = now);
        var ungranted = await grants.AddAsync(meeting, user.StaffUserId(), now);
        var text = $"{(republishing ? "The agenda has changed" : "The agenda is published")} for the MARAC meeting on {MeetingDisplay.Date(meeting.StartsAt)}";
        var messages = recipients.Select(r => new StaffMessage(r.Id, r.Email, text, $"/agendas/{meeting.Id}")).ToList();
        notifier.Add(messages);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return AgendaResult.Conflict;
        }
        var failed = await notifier.SendAsync(messages, siteAddress, "Sign in to Marac to see it and prepare your agency's research");
        var told = $"{recipients.Count} {(recipients.Count == 1 ? "representative" : "representatives")} told";
        return AgendaResult.Done(
            $"{(republishing ? "Agenda republished" : "Agenda published")}: {told}" + (failed > 0 ? $". {failed} e-mails could not be sent: they have the notification in Marac" : "")
            + (ungranted.Count > 0 ? $". No lawful basis is recorded for {string.Join(", ", ungranted)}, so they cannot see the cases until an administrator records one" : ""));
    }

    private static string? Problem(Meeting meeting, List<AgendaItem> listed)
    {
        if (meeting.Status is not (MeetingStatus.Scheduled or MeetingStatus.Published))
        {
            return "Only the agenda of a meeting that has not started can be published";
        }
        if (listed.Count == 0)
        {
            return "Add at least one case before publishing the agenda";
        }
        var closed = listed.FirstOrDefault(i => i.Referral.Status is not (ReferralStatus.Accepted or ReferralStatus.Heard));
        return closed is null ? null
            : $"{closed.Referral.Reference} was withdrawn or returned after it was listed. Remove it from the agenda before publishing";
    }

    /// <summary>Agencies that see a changed case: children-only agencies only when the case has children.</summary>
    private async Task<HashSet<int>> AffectedAgenciesAsync(Meeting meeting, List<AgendaChange> changes)
    {
        var referralIds = changes.Where(c => c.ReferralId != null).Select(c => c.ReferralId!.Value).Distinct().ToList();
        var anyWithChildren = await db.Referrals.AnyAsync(r => referralIds.Contains(r.Id) && (r.Children.Any() || r.ImportedChildrenCount > 0));
        return meeting.InvitedAgencies.Where(a => anyWithChildren || !a.Agency.ServesOnlyChildren).Select(a => a.AgencyId).ToHashSet();
    }
}
