using System.Globalization;
using System.Text;

namespace Marac.Data.Demo;

/// <summary>
/// The small differences real referrals show when the same person is referred again: accents dropped,
/// capitals, hyphens, common transliterations. Each keeps the name's matching key the same.
/// </summary>
internal static class DemoSpelling
{
    private static readonly Dictionary<string, string> Transliterations = new(StringComparer.Ordinal)
    {
        ["Mohammed"] = "Muhammad", ["Mohamed"] = "Mohammed", ["Fatima"] = "Fatimah", ["Fatimah"] = "Fatima",
        ["Aisha"] = "Ayesha", ["Ayesha"] = "Aisha", ["Yusuf"] = "Yousuf", ["Yousef"] = "Youssef",
        ["Hussain"] = "Hussein", ["Ahmed"] = "Ahmad", ["Ahmad"] = "Ahmed",
        ["Mustafa"] = "Mostafa", ["Abdul"] = "Abdel",
    };

    /// <summary>The name as another referrer might have written it.</summary>
    public static string Variant(string name, DemoRandom random)
    {
        var options = new List<(string Item, double Weight)>
        {
            (name.ToUpperInvariant(), 2),
            (name.ToLowerInvariant(), 0.5),
        };
        var plain = WithoutAccents(name);
        if (plain != name)
        {
            options.Add((plain, 6));
        }
        if (Transliterations.TryGetValue(name, out var other))
        {
            options.Add((other, 4));
        }
        if (name.Contains('-'))
        {
            options.Add((name.Replace('-', ' '), 3));
        }
        return random.PickWeighted(options);
    }

    public static string WithoutAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            builder.Append(c switch { 'ł' => 'l', 'Ł' => 'L', _ => c });
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
