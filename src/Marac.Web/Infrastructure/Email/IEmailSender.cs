namespace Marac.Web.Infrastructure.Email;

/// <summary>A notification e-mail: a link and a date or reference, never case details.</summary>
public sealed record EmailMessage(string To, string Subject, string Body);

/// <summary>The one way the app sends e-mail: SMTP in production, .eml files in development and tests.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken ct = default);
}
