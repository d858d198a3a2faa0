using MailKit.Net.Smtp;
using MailKit.Security;

namespace Marac.Web.Infrastructure.Email;

/// <summary>Sends through the partnership's SMTP relay (MailKit), with TLS when the server offers it.</summary>
public sealed class SmtpEmailSender(SmtpSettings settings) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken ct = default)
    {
        using var mime = EmailSetup.ToMime(message, settings.From);
        using var client = new SmtpClient();
        await client.ConnectAsync(settings.Host!, settings.Port, SecureSocketOptions.StartTlsWhenAvailable, ct);
        if (!string.IsNullOrEmpty(settings.User))
        {
            await client.AuthenticateAsync(settings.User, settings.Password ?? "", ct);
        }
        await client.SendAsync(mime, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
