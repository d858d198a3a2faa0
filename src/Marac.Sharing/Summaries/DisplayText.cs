using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Marac.Sharing.Summaries;

/// <summary>Plain-English text for the values on a case page.</summary>
public static partial class DisplayText
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", British) ?? "Not known";

    public static string YesNo(bool value) => value ? "Yes" : "No";

    public static string Enum<TEnum>(TEnum value) where TEnum : struct, System.Enum
    {
        if (typeof(TEnum).IsDefined(typeof(FlagsAttribute)) && !System.Enum.IsDefined(value))
        {
            var parts = System.Enum.GetValues<TEnum>().Where(f => Convert.ToInt64(f, British) != 0 && value.HasFlag(f)).Select(Enum);
            return string.Join(", ", parts);
        }
        var name = value.ToString();
        var display = typeof(TEnum).GetField(name)?.GetCustomAttribute<DisplayAttribute>()?.Name;
        return display ?? Sentence(name);
    }

    private static string Sentence(string pascal)
    {
        var words = Words().Replace(pascal, " $1").Trim();
        return words.Length == 0 ? words : words[..1] + words[1..].ToLower(British);
    }

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex Words();
}
