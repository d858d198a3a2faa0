using Marac.Sharing.Categories;

namespace Marac.Sharing.Summaries;

/// <summary>A titled group of fields on a viewer's case page.</summary>
public sealed record SharedSection(string Title, IReadOnlyList<SharedValue> Fields);

/// <summary>A case as one viewer may see it, and which categories were shown and withheld (for the disclosure record).</summary>
public sealed record SharedCase(int ReferralId, string Reference, IReadOnlyList<SharedSection> Sections, CategorySet Shown, CategorySet Withheld);
