using System.Globalization;
using System.Text;

namespace Marac.Data.Matching;

/// <summary>
/// Normalised keys for comparing names: case-folded, accents removed, spacing, hyphens and
/// apostrophes ignored, common transliteration variants made one, given and family names in
/// either order. Computed in C# so every provider agrees.
/// </summary>
public static class NameKey
{
    private static readonly Dictionary<char, string> Unaccented = new()
    {
        ['ł'] = "l", ['ø'] = "o", ['đ'] = "d", ['ð'] = "d", ['ß'] = "ss", ['æ'] = "ae",
        ['œ'] = "oe", ['ı'] = "i", ['þ'] = "th", ['ħ'] = "h",
    };

    private static readonly Dictionary<string, string> Variants = BuildVariants(
        ["muhammad", "mohammed", "mohammad", "mohamed", "muhammed", "mohamad", "muhamad", "mohamud", "mehmet"],
        ["ahmed", "ahmad", "ahmet"],
        ["yusuf", "yousef", "yousuf", "yusef", "youssef"],
        ["hussain", "hussein", "husain", "husein"],
        ["fatima", "fatimah", "fatma"],
        ["aisha", "aysha", "ayesha", "aishah"],
        ["abdul", "abdel", "abdoul"],
        ["mustafa", "mostafa", "moustafa"],
        ["olena", "elena", "yelena", "helena"],
        ["oleksandr", "aleksandr", "alexander", "aleksander"],
        ["oleksandra", "aleksandra", "alexandra"]);

    /// <summary>The key for a person's given and family names; the same whichever way round they were entered.</summary>
    public static string For(string? givenNames, string? familyName)
    {
        var parts = new[] { Fold(givenNames), Fold(familyName) }
            .Where(p => p.Length > 0)
            .Order(StringComparer.Ordinal);
        return string.Join(' ', parts);
    }

    /// <summary>The key for a name written as one string ("Lucy Smith"): the last word is taken as the family name.</summary>
    public static string ForFullName(string? fullName)
    {
        var words = (fullName ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.Length switch
        {
            0 => "",
            1 => For(words[0], null),
            _ => For(string.Join(' ', words[..^1]), words[^1]),
        };
    }

    /// <summary>One name part reduced to letters and digits, each word in its canonical variant, words joined.</summary>
    public static string Fold(string? namePart)
    {
        if (string.IsNullOrWhiteSpace(namePart))
        {
            return "";
        }
        var words = namePart.Split([' ', '\t', '-', '\u2010', '\u2011', '\u2013'], StringSplitOptions.RemoveEmptyEntries);
        var builder = new StringBuilder();
        foreach (var word in words)
        {
            var folded = FoldWord(word);
            builder.Append(Variants.GetValueOrDefault(folded, folded));
        }
        return builder.ToString();
    }

    private static string FoldWord(string word)
    {
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (Unaccented.TryGetValue(c, out var replacement))
            {
                builder.Append(replacement);
            }
            else if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static Dictionary<string, string> BuildVariants(params string[][] groups)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            foreach (var spelling in group)
            {
                map[spelling] = group[0];
            }
        }
        return map;
    }
}
