using System.Globalization;

namespace Marac.Sharing.Exports;

/// <summary>
/// Makes text safe to put in a spreadsheet cell or a CSV field: a value a spreadsheet would run as a formula
/// (one beginning with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c>, or a tab or carriage return that hides one)
/// gets a leading apostrophe, so it is shown as the text it is. A plain number such as <c>-5</c> is left alone:
/// a spreadsheet reads it as a number, never as a formula.
/// </summary>
public static class SpreadsheetSafeText
{
    public static string Neutralise(string? value)
    {
        if (string.IsNullOrEmpty(value) || !StartsLikeAFormula(value[0]))
        {
            return value ?? "";
        }
        return IsPlainNumber(value) ? value : "'" + value;
    }

    /// <summary>Whether <see cref="Neutralise"/> would change the value.</summary>
    public static bool NeedsNeutralising(string? value) => !string.IsNullOrEmpty(value) && Neutralise(value) != value;

    private static bool StartsLikeAFormula(char first) => first is '=' or '+' or '-' or '@' or '\t' or '\r';

    private static bool IsPlainNumber(string value) =>
        value[0] is '+' or '-'
        && decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);
}
