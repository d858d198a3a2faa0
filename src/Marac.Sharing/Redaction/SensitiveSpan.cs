using Marac.Sharing.Categories;

namespace Marac.Sharing.Redaction;

/// <summary>A masked stretch of the original text, by position only (never the content itself).</summary>
public readonly record struct SensitiveSpan(int Start, int Length, SensitiveKind Kind)
{
    public int End => Start + Length;

    public DataCategory Category => Kind.Category();
}
