using System.Globalization;
using Marac.Data;
using Marac.Data.Entities;
using Marac.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Meetings;

/// <summary>
/// Chases the research returns still outstanding on a published agenda: the representatives of each agency
/// with one outstanding are told in the app and by e-mail (a link and the meeting date only). Audited.
/// </summary>
public sealed class ResearchChaser(MaracDbContext db, ResearchOverview overview, StaffNotifier notifier)
{
    public async Task<AgendaResult> ChaseAsync(int meetingId, string siteAddress)
    {
        var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId);
        if (meeting is null)
        {
            return AgendaResult.NotFound;
        }
        if (meeting.FirstPublishedAt is null || meeting.Status is not (MeetingStatus.Published or MeetingStatus.InProgress))
        {
            return AgendaResult.Refused("Returns can be chased only once the agenda is published and before the meeting ends");
        }
        var agencies = (await overview.ForAsync(meetingId)).AgenciesOutstanding;
        if (agencies.Count == 0)
        {
            return AgendaResult.Refused("No research returns are outstanding");
        }
        var recipients = await db.StaffUsers.AsNoTracking()
            .Where(u => u.Status == StaffUserStatus.Active && (u.Roles & AppRoles.AgencyRepresentative) == AppRoles.AgencyRepresentative
                && u.AgencyId != null && agencies.Contains(u.AgencyId.Value))
            .Select(u => new { u.Id, u.Email }).ToListAsync();
        var text = $"Your agency's research is outstanding for the MARAC meeting on {MeetingDisplay.Date(meeting.StartsAt)}";
        var messages = recipients.Select(r => new StaffMessage(r.Id, r.Email, text, $"/agendas/{meetingId}")).ToList();
        notifier.Add(messages);
        db.RecordAudit(AuditAction.Change, nameof(Meeting), meetingId.ToString(CultureInfo.InvariantCulture),
            detail: "research returns chased", outcome: $"{agencies.Count} agencies, {recipients.Count} representatives");
        await db.SaveChangesAsync();
        var failed = await notifier.SendAsync(messages, siteAddress, "Sign in to Marac to record your agency's research returns");
        var told = $"{recipients.Count} {(recipients.Count == 1 ? "representative" : "representatives")} of {agencies.Count} {(agencies.Count == 1 ? "agency" : "agencies")} chased";
        return AgendaResult.Done(told + (failed > 0 ? $". {failed} e-mails could not be sent: they have the notification in Marac" : ""));
    }
}
