using System.Text.RegularExpressions;

namespace Marac.Sharing.Redaction;

internal static class RedactionPatterns
{
    /// <summary>Per scan; far above what a page of narrative needs, so reaching it means something is wrong.</summary>
    public const int TimeoutMilliseconds = 2000;

    public delegate bool Accept(ReadOnlySpan<char> candidate);

    public static void AddMatches(Regex pattern, ReadOnlySpan<char> text, SensitiveKind kind, List<SensitiveSpan> found, Accept? accept = null)
    {
        foreach (var match in pattern.EnumerateMatches(text))
        {
            if (accept is null || accept(text.Slice(match.Index, match.Length)))
            {
                found.Add(new SensitiveSpan(match.Index, match.Length, kind));
            }
        }
    }
}
