namespace Marac.Web.Infrastructure.Email;

/// <summary>Writes each message as an .eml file, for development and tests.</summary>
public sealed class FileEmailSender(string folder, string from) : IEmailSender
{
    public string Folder => folder;

    public async Task SendAsync(EmailMessage message, CancellationToken ct = default)
    {
        Directory.CreateDirectory(folder);
        using var mime = EmailSetup.ToMime(message, from);
        var path = Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        await mime.WriteToAsync(path, ct);
    }
}
