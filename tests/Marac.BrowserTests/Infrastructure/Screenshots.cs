namespace Marac.BrowserTests.Infrastructure;

/// <summary>
/// Where the full-page screenshots go: <c>artifacts/screenshots/</c> under the repository root
/// (gitignored), named <c>&lt;test&gt;-&lt;nn&gt;-&lt;step&gt;.png</c> so a person can page through a journey.
/// </summary>
public sealed class Screenshots
{
    public string Folder { get; } = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");

    /// <summary>Removes the previous run's screenshots, so what is there is this run's.</summary>
    public void Clear()
    {
        Directory.CreateDirectory(Folder);
        foreach (var file in Directory.EnumerateFiles(Folder, "*.png"))
        {
            File.Delete(file);
        }
    }

    public string PathFor(string test, int number, string step) =>
        Path.Combine(Folder, $"{Slug(test)}-{number:00}-{Slug(step)}.png");

    private static string Slug(string text)
    {
        var chars = text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Marac.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"Could not find the repository root (the folder with Marac.sln) above {AppContext.BaseDirectory}.");
    }
}
