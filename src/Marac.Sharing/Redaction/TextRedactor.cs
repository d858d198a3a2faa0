using System.Text.RegularExpressions;
using Marac.Sharing.Categories;

namespace Marac.Sharing.Redaction;

/// <summary>
/// Masks location and identity details in free text the viewer's grant does not cover (rules in
/// architecture.md, "Information sharing"). A safety net with a measured detection rate
/// (docs/redaction.md), not a guarantee: structured fields are the real control.
/// Immutable and thread-safe; build one per partnership (its sensitive place names) and reuse it.
/// </summary>
public sealed class TextRedactor
{
    /// <summary>The categories whose details the redactor looks for in free text.</summary>
    public static IReadOnlyList<DataCategory> Categories { get; } = [DataCategory.LocationAndSafetyContacts, DataCategory.Identity];

    private readonly Regex? _sensitivePlaces;

    public TextRedactor(IEnumerable<string> sensitivePlaceNames)
    {
        _sensitivePlaces = SensitivePlacePattern.Build(sensitivePlaceNames);
    }

    public RedactionResult Redact(string text, RedactionAccess access)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            var spans = Find(text, access);
            return spans.Count == 0 ? RedactionResult.Unchanged(text) : Mask(text, spans);
        }
        catch (RegexMatchTimeoutException)
        {
            return RedactionResult.Unchecked(access);
        }
    }

    /// <summary>What <see cref="Redact"/> would mask: ordered, non-overlapping spans of <paramref name="text"/>.</summary>
    public IReadOnlyList<SensitiveSpan> Find(string text, RedactionAccess access)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<SensitiveSpan>();
        DigitRunItems.AddMatches(text, access, found);
        if (!access.LocationAndSafetyContacts)
        {
            RedactionPatterns.AddMatches(LocationPatterns.Flat(), text, SensitiveKind.StreetAddress, found);
            EmailAddresses.AddMatches(text, found);
            if (_sensitivePlaces is not null)
            {
                RedactionPatterns.AddMatches(_sensitivePlaces, text, SensitiveKind.SensitivePlace, found);
            }
        }
        if (!access.Identity)
        {
            DatesOfBirth.AddMatches(text, found);
        }
        return SensitiveSpanSet.Resolve(found);
    }

    private static RedactionResult Mask(string text, IReadOnlyList<SensitiveSpan> spans)
    {
        var withheld = new HashSet<DataCategory>();
        var length = text.Length;
        foreach (var span in spans)
        {
            withheld.Add(span.Category);
            length += RedactionMarkers.For(span.Category).Length - span.Length;
        }
        return new RedactionResult(string.Create(length, (text, spans), WriteMasked), withheld, spans);
    }

    // One copy straight into the result, instead of a builder's buffer and then the string.
    private static void WriteMasked(Span<char> destination, (string Text, IReadOnlyList<SensitiveSpan> Spans) source)
    {
        var position = 0;
        foreach (var span in source.Spans)
        {
            destination = Copy(source.Text.AsSpan(position, span.Start - position), destination);
            destination = Copy(RedactionMarkers.For(span.Category), destination);
            position = span.End;
        }
        Copy(source.Text.AsSpan(position), destination);
    }

    private static Span<char> Copy(ReadOnlySpan<char> from, Span<char> to)
    {
        from.CopyTo(to);
        return to[from.Length..];
    }
}
