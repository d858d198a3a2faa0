using Marac.Sharing.Categories;

namespace Marac.Sharing.Redaction;

/// <summary>
/// The text to show and what was withheld from it, so the disclosure audit can record the categories
/// (<see cref="Withheld"/>) and how many items of each kind (<see cref="Masked"/>) were not shown.
/// </summary>
public sealed record RedactionResult(string Text, IReadOnlySet<DataCategory> Withheld, IReadOnlyList<SensitiveSpan> Masked)
{
    private static readonly IReadOnlySet<DataCategory> NoCategories = new HashSet<DataCategory>();

    public bool Changed => Withheld.Count > 0;

    internal static RedactionResult Unchanged(string text) => new(text, NoCategories, []);

    internal static RedactionResult Unchecked(RedactionAccess access)
    {
        var withheld = new HashSet<DataCategory>();
        foreach (var category in TextRedactor.Categories.Where(c => !access.Grants(c)))
        {
            withheld.Add(category);
        }
        return new(RedactionMarkers.Unchecked, withheld, []);
    }
}
