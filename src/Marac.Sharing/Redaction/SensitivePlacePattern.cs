using System.Text.RegularExpressions;

namespace Marac.Sharing.Redaction;

/// <summary>
/// One compiled pattern for a partnership's sensitive places (refuges, safe houses): whole words,
/// any case, any run of whitespace between words, longest name first so "Harbour House Annexe" wins
/// over "Harbour House".
/// </summary>
internal static class SensitivePlacePattern
{
    public static Regex? Build(IEnumerable<string> placeNames)
    {
        ArgumentNullException.ThrowIfNull(placeNames);
        var names = placeNames
            .Select(name => name.Trim())
            .Where(name => name.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(name => name.Length)
            .Select(ToPattern)
            .ToList();
        return names.Count == 0
            ? null
            : new Regex(
                $"(?:{string.Join('|', names)})",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.ExplicitCapture,
                TimeSpan.FromMilliseconds(RedactionPatterns.TimeoutMilliseconds));
    }

    // Word boundaries only where the name starts or ends with a letter or digit: "Refuge (North)"
    // can end a sentence. \b rather than lookarounds keeps the multi-string search fast.
    private static string ToPattern(string name)
    {
        var words = string.Join(@"\s+", name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));
        return (char.IsLetterOrDigit(name[0]) ? @"\b" : "") + words + (char.IsLetterOrDigit(name[^1]) ? @"\b" : "");
    }
}
