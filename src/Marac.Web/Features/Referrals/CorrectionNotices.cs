using System.Globalization;
using Marac.Data;
using Marac.Data.Entities;
using Marac.Web.Features.Meetings;
using Marac.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Referrals;

/// <summary>
/// After a referral on a published agenda is corrected, tells everyone who has already seen it (the audit
/// trail's views of the case), except the person who corrected it: in Marac and by e-mail, with the meeting
/// date and a link only.
/// </summary>
public sealed class CorrectionNotices(MaracDbContext db, StaffNotifier notifier)
{
    /// <returns>How many people were told, and how many of their e-mails failed.</returns>
    public async Task<(int Told, int Failed)> TellViewersAsync(int referralId, int editorId, string siteAddress)
    {
        var meeting = await db.AgendaItems.AsNoTracking()
            .Where(i => i.ReferralId == referralId && i.Status == AgendaItemStatus.Listed && i.Meeting.FirstPublishedAt != null
                && (i.Meeting.Status == MeetingStatus.Published || i.Meeting.Status == MeetingStatus.InProgress))
            .Select(i => new { i.MeetingId, i.Meeting.StartsAt }).FirstOrDefaultAsync();
        if (meeting is null)
        {
            return (0, 0);
        }
        var viewerIds = db.AuditEvents.Where(e => e.Action == AuditAction.View && e.ReferralId == referralId && e.UserId != null && e.UserId != editorId)
            .Select(e => e.UserId!.Value).Distinct();
        var viewers = await db.StaffUsers.AsNoTracking().Where(u => u.Status == StaffUserStatus.Active && viewerIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Email, u.Roles }).ToListAsync();
        var text = $"A case on the agenda for the MARAC meeting on {MeetingDisplay.Date(meeting.StartsAt)} has been corrected";
        var messages = viewers.Select(v => new StaffMessage(v.Id, v.Email, text, Link(v.Roles, meeting.MeetingId, referralId))).ToList();
        notifier.Add(messages);
        db.RecordAudit(AuditAction.Change, nameof(Referral), referralId.ToString(CultureInfo.InvariantCulture), referralId,
            detail: "people who had seen the case told of a correction", outcome: $"{messages.Count} told");
        await db.SaveChangesAsync();
        var failed = await notifier.SendAsync(messages, siteAddress, "Sign in to Marac to see the case again before the meeting");
        return (messages.Count, failed);
    }

    /// <summary>Representatives see the case through their agency's agenda; everyone else through the referral.</summary>
    private static string Link(AppRoles roles, int meetingId, int referralId) =>
        roles.HasFlag(AppRoles.AgencyRepresentative) && !roles.HasFlag(AppRoles.Coordinator)
            ? $"/agendas/{meetingId}"
            : $"/referrals/{referralId}";
}
