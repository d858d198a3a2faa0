using System.Buffers;
using System.Text.RegularExpressions;

namespace Marac.Sharing.Redaction;

/// <summary>Masks the dates (not the signal words) that follow "DOB", "date of birth", "born" and the like.</summary>
internal static class DatesOfBirth
{
    // Every signal the pattern accepts contains one of these ("date of birth" and "birth date" contain "birth").
    private static readonly SearchValues<string> Signals = SearchValues.Create(["dob", "d.o.b", "birth", "born"], StringComparison.OrdinalIgnoreCase);

    public static void AddMatches(string text, List<SensitiveSpan> found)
    {
        var pattern = IdentityPatterns.DateOfBirth();
        for (var at = NextSignal(text, 0); at >= 0; at = NextSignal(text, at + 1))
        {
            var match = pattern.Match(text, at);
            foreach (Capture date in match.Groups["date"].Captures)
            {
                found.Add(new SensitiveSpan(date.Index, date.Length, SensitiveKind.DateOfBirth));
            }
        }
    }

    private static int NextSignal(string text, int from)
    {
        var offset = text.AsSpan(from).IndexOfAny(Signals);
        return offset < 0 ? -1 : from + offset;
    }
}
