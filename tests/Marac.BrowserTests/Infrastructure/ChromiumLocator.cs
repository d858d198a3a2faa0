namespace Marac.BrowserTests.Infrastructure;

/// <summary>
/// Finds Debian's Chromium: MARAC_CHROMIUM if set, else <c>chromium</c> on the PATH. Playwright's own
/// browser download is never used (there is no internet here), so a missing browser is a failure with
/// instructions, never a skip.
/// </summary>
internal static class ChromiumLocator
{
    public const string EnvironmentVariable = "MARAC_CHROMIUM";

    public static string Find()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured)
                ? configured
                : throw new InvalidOperationException(
                    $"{EnvironmentVariable} is set to '{configured}', but there is no file there. Point it at the Chromium executable, or unset it to use 'chromium' from the PATH.");
        }
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "chromium"))
            .FirstOrDefault(File.Exists);
        return onPath ?? throw new InvalidOperationException(
            "The browser tests need Chromium and could not find it: 'chromium' is not on the PATH and " +
            $"{EnvironmentVariable} is not set. Install Debian's package (sudo apt-get install chromium), or set " +
            $"{EnvironmentVariable} to the executable. Do not run 'playwright install': the tests never download browsers.");
    }
}
