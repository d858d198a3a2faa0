namespace Marac.Sharing.Redaction;

/// <summary>
/// E-mail addresses, found from their "@" (rare in narrative) rather than from every letter that
/// could begin a local part.
/// </summary>
internal static class EmailAddresses
{
    private const int MaxLocalPartLength = 64;

    public static void AddMatches(ReadOnlySpan<char> text, List<SensitiveSpan> found)
    {
        foreach (var domain in LocationPatterns.EmailDomain().EnumerateMatches(text))
        {
            var start = domain.Index;
            while (start > 0 && domain.Index - start < MaxLocalPartLength && IsLocalPartCharacter(text[start - 1]))
            {
                start--;
            }
            found.Add(new SensitiveSpan(start, domain.Index + domain.Length - start, SensitiveKind.EmailAddress));
        }
    }

    private static bool IsLocalPartCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';
}
