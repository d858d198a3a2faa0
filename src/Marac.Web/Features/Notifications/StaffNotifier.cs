using Marac.Data;
using Marac.Data.Entities;
using Marac.Web.Infrastructure.Email;

namespace Marac.Web.Features.Notifications;

/// <summary>One member of staff to tell: a short text with a meeting date and a link, never case details.</summary>
public sealed record StaffMessage(int StaffUserId, string Email, string Text, string Link);

/// <summary>
/// Tells staff in Marac and by e-mail. The in-app notifications are added to the caller's unit of work
/// (saved with its changes); the e-mails go after saving, and one that fails leaves the notification.
/// </summary>
public sealed class StaffNotifier(MaracDbContext db, IEmailSender email, TimeProvider clock, ILogger<StaffNotifier> logger)
{
    public void Add(IEnumerable<StaffMessage> messages)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.Notifications.AddRange(messages.Select(m => new Notification { StaffUserId = m.StaffUserId, Text = m.Text, Link = m.Link, CreatedAt = now }));
    }

    /// <summary>Sends each message by e-mail, with <paramref name="action"/> before the link; returns how many failed.</summary>
    public async Task<int> SendAsync(IEnumerable<StaffMessage> messages, string siteAddress, string action)
    {
        var failed = 0;
        foreach (var message in messages)
        {
            try
            {
                var url = siteAddress.TrimEnd('/') + message.Link;
                await email.SendAsync(new EmailMessage(message.Email, message.Text, $"{message.Text}.\n\n{action}:\n{url}\n"));
            }
            catch (Exception ex) when (ex is IOException or InvalidOperationException or MailKit.ServiceNotConnectedException or MailKit.Net.Smtp.SmtpCommandException or MailKit.Net.Smtp.SmtpProtocolException or System.Net.Sockets.SocketException)
            {
                failed++;
                logger.LogWarning(ex, "A notification e-mail could not be sent");
            }
        }
        return failed;
    }
}
