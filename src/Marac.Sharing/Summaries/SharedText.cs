using Marac.Sharing.Categories;
using Marac.Sharing.Redaction;

namespace Marac.Sharing.Summaries;

/// <summary>
/// One field as a viewer may see it: its value (free text passed through the redactor), or a visible
/// "withheld: &lt;category&gt;" marker when the viewer's grant does not cover the field's category.
/// </summary>
public sealed record SharedValue(string Label, DataCategory Category, string? Value, bool Withheld)
{
    public static string WithheldMarker(DataCategory category) => $"withheld: {category.Label()}";

    public string Display => Withheld ? WithheldMarker(Category) : Value ?? "Not recorded";
}

public static class SharedText
{
    /// <summary>
    /// Free text of a category as the viewer may see it: the marker when the category is not granted,
    /// otherwise the text with locations and identifiers the grant does not cover masked.
    /// </summary>
    public static SharedValue For(string label, DataCategory category, string? text, CategorySet granted, TextRedactor redactor)
    {
        ArgumentNullException.ThrowIfNull(redactor);
        if (!granted.Contains(category))
        {
            return new(label, category, null, true);
        }
        return new(label, category, text is null ? null : redactor.Redact(text, RedactionAccess.From(granted)).Text, false);
    }

    /// <summary>A structured (not free-text) value, shown only when its category is granted.</summary>
    public static SharedValue Field(string label, DataCategory category, string? value, CategorySet granted) =>
        granted.Contains(category) ? new(label, category, value, false) : new(label, category, null, true);
}
