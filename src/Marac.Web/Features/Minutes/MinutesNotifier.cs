using Marac.Data;
using Marac.Data.Entities;
using Marac.Web.Features.Meetings;
using Marac.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Minutes;

/// <summary>
/// Tells the invited agencies' representatives that minutes are issued: in the app and by e-mail, with a
/// link and the meeting date only, never case details.
/// </summary>
public sealed class MinutesNotifier(MaracDbContext db, IEmailSender email, ILogger<MinutesNotifier> logger)
{
    /// <summary>Queues the in-app notifications (saved with the caller's change) and returns who to e-mail.</summary>
    public async Task<List<StaffUser>> QueueAsync(Meeting meeting, MeetingMinutes minutes, DateTime now)
    {
        var agencies = await db.MeetingAgencies.AsNoTracking().Where(a => a.MeetingId == meeting.Id).Select(a => a.AgencyId).ToListAsync();
        var recipients = await db.StaffUsers.AsNoTracking()
            .Where(u => u.Status == StaffUserStatus.Active && (u.Roles & AppRoles.AgencyRepresentative) == AppRoles.AgencyRepresentative
                && u.AgencyId != null && agencies.Contains(u.AgencyId.Value))
            .ToListAsync();
        var text = Text(meeting, minutes);
        db.Notifications.AddRange(recipients.Select(r => new Notification { StaffUserId = r.Id, Text = text, Link = Link(meeting), CreatedAt = now }));
        return recipients;
    }

    /// <summary>Sends the e-mails; returns how many could not be sent (those people still have the notification).</summary>
    public async Task<int> SendAsync(IEnumerable<StaffUser> recipients, Meeting meeting, MeetingMinutes minutes, string siteAddress)
    {
        var text = Text(meeting, minutes);
        var url = siteAddress.TrimEnd('/') + Link(meeting);
        var failed = 0;
        foreach (var recipient in recipients)
        {
            try
            {
                await email.SendAsync(new EmailMessage(recipient.Email, text, $"{text}.\n\nSign in to Marac to read them:\n{url}\n"));
            }
            catch (Exception ex) when (ex is IOException or InvalidOperationException or MailKit.ServiceNotConnectedException or MailKit.Net.Smtp.SmtpCommandException or MailKit.Net.Smtp.SmtpProtocolException or System.Net.Sockets.SocketException)
            {
                failed++;
                logger.LogWarning(ex, "A notification e-mail for meeting minutes could not be sent");
            }
        }
        return failed;
    }

    public static string Link(Meeting meeting) => $"/minutes/{meeting.Id}";

    private static string Text(Meeting meeting, MeetingMinutes minutes) =>
        minutes.Number == 1
            ? $"The minutes are issued for the MARAC meeting on {MeetingDisplay.Date(meeting.StartsAt)}"
            : $"Corrected minutes (version {minutes.Number}) are issued for the MARAC meeting on {MeetingDisplay.Date(meeting.StartsAt)}";
}
