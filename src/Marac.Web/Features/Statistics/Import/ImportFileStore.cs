using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Marac.Web.Features.Statistics.Import;

/// <summary>
/// Keeps an uploaded case list on the server (App_Data/imports) under a random name between the
/// preview and the import. The name travels only in the body of the preview's forms, never in a
/// URL or a log. Files are deleted after the import, and any older than an hour whenever the store is used.
/// </summary>
public sealed partial class ImportFileStore(IHostEnvironment environment, IConfiguration configuration, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private string Folder => configuration["Import:Folder"] is { Length: > 0 } folder
        ? folder
        : Path.Combine(environment.ContentRootPath, "App_Data", "imports");

    /// <summary>Copies at most <see cref="CaseListFile.MaxBytes"/> + 1 bytes; returns the token, or null when the file is too large.</summary>
    public async Task<string?> SaveAsync(Stream upload, CancellationToken ct)
    {
        DeleteExpired();
        Directory.CreateDirectory(Folder);
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var path = PathOf(token);
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        {
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = await upload.ReadAsync(buffer, ct)) > 0)
            {
                total += read;
                if (total > CaseListFile.MaxBytes)
                {
                    break;
                }
                await file.WriteAsync(buffer.AsMemory(0, read), ct);
            }
            if (total <= CaseListFile.MaxBytes)
            {
                await file.DisposeAsync();
                // Stamped with the app's clock, so the hour is measured on the same clock that expires it.
                File.SetLastWriteTimeUtc(path, clock.GetUtcNow().UtcDateTime);
                return token;
            }
        }
        File.Delete(path);
        return null;
    }

    /// <summary>The stored file, or null when the token is not one of ours or the file has expired.</summary>
    public FileStream? Open(string? token)
    {
        DeleteExpired();
        if (token is null || !TokenPattern().IsMatch(token) || !File.Exists(PathOf(token)))
        {
            return null;
        }
        return new FileStream(PathOf(token), FileMode.Open, FileAccess.Read, FileShare.Read);
    }

    public void Delete(string? token)
    {
        if (token is not null && TokenPattern().IsMatch(token))
        {
            File.Delete(PathOf(token));
        }
    }

    public void DeleteExpired()
    {
        if (!Directory.Exists(Folder))
        {
            return;
        }
        var cutOff = clock.GetUtcNow().UtcDateTime - Lifetime;
        foreach (var file in new DirectoryInfo(Folder).EnumerateFiles("*.upload"))
        {
            if (file.LastWriteTimeUtc < cutOff)
            {
                try { file.Delete(); }
                catch (IOException) { /* in use by another request: the next sweep deletes it */ }
            }
        }
    }

    private string PathOf(string token) => Path.Combine(Folder, token + ".upload");

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex TokenPattern();
}
