using MimeKit;

namespace Marac.Web.Infrastructure.Email;

public sealed class SmtpSettings
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? User { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "marac@localhost";
}

public static class EmailSetup
{
    /// <summary>SMTP when <c>Smtp:Host</c> is set; otherwise .eml files in <c>Mail:Folder</c> (default App_Data/mail).</summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var smtp = configuration.GetSection("Smtp").Get<SmtpSettings>() ?? new SmtpSettings();
        services.AddSingleton(smtp);
        if (!string.IsNullOrWhiteSpace(smtp.Host))
        {
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
        }
        else
        {
            var folder = configuration["Mail:Folder"] is { Length: > 0 } configured
                ? configured
                : Path.Combine(environment.ContentRootPath, "App_Data", "mail");
            services.AddSingleton<IEmailSender>(new FileEmailSender(folder, smtp.From));
        }
        return services;
    }

    internal static MimeMessage ToMime(EmailMessage message, string from)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(from));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.Body = new TextPart("plain") { Text = message.Body };
        return mime;
    }
}
