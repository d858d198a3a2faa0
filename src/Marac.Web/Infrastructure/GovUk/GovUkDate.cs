using System.Globalization;

namespace Marac.Web.Infrastructure.GovUk;

/// <summary>
/// The GOV.UK date pattern: a date is typed into three fields, <c>{name}.Day</c>, <c>{name}.Month</c>
/// and <c>{name}.Year</c>. Shared by <see cref="GovUkDateModelBinder"/> (which reads them) and
/// <see cref="GovUkDateInputTagHelper"/> (which writes them), so their names and rules cannot drift.
/// </summary>
public static class GovUkDate
{
    public const string Day = "Day";
    public const string Month = "Month";
    public const string Year = "Year";

    public static IReadOnlyList<string> Parts { get; } = [Day, Month, Year];

    /// <summary>The years a date anywhere in Marac may fall in: a typing slip beyond them is refused, not stored.</summary>
    public const int FirstYear = 1900, LastYear = 2100;

    public static bool IsInRange(DateOnly date) => date.Year is >= FirstYear and <= LastYear;

    public static string OutOfRangeMessage(string displayName) => $"{displayName} must be between {FirstYear} and {LastYear}";

    /// <summary>The form field name of one part: <c>DateOfBirth.Day</c>.</summary>
    public static string PartName(string fullName, string part) => $"{fullName}.{part}";

    /// <summary>The id of the day input, where an error-summary link for the date should land.</summary>
    public static string FirstInputId(string fullName) => GovUkField.IdFor(PartName(fullName, Day));

    /// <summary>What three typed parts make.</summary>
    /// <param name="displayName">The question's name, such as "Date of birth", used in error messages.</param>
    public static GovUkDateResult Parse(string? day, string? month, string? year, string displayName)
    {
        day = day?.Trim();
        month = month?.Trim();
        year = year?.Trim();
        var missing = new[] { (Day, day), (Month, month), (Year, year) }
            .Where(p => string.IsNullOrEmpty(p.Item2))
            .Select(p => p.Item1.ToLowerInvariant())
            .ToList();
        if (missing.Count == 3)
        {
            return GovUkDateResult.Empty;
        }
        if (missing.Count > 0)
        {
            return GovUkDateResult.Invalid($"{displayName} must include a {string.Join(" and ", missing)}");
        }
        if (!TryDay(day, out var d) || !TryMonth(month, out var m))
        {
            return GovUkDateResult.Invalid($"{displayName} must be a real date");
        }
        if (!TryYear(year, out var y))
        {
            return GovUkDateResult.Invalid(int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out _)
                ? $"{displayName} year must include 4 numbers"
                : $"{displayName} must be a real date");
        }
        if (d > DateTime.DaysInMonth(y, m))
        {
            return GovUkDateResult.Invalid($"{displayName} must be a real date");
        }
        var date = new DateOnly(y, m, d);
        return IsInRange(date) ? GovUkDateResult.Valid(date) : GovUkDateResult.Invalid(OutOfRangeMessage(displayName));
    }

    /// <summary>
    /// Which parts to mark with <c>govuk-input--error</c> when the date has an error: the parts that are
    /// empty or cannot be right; when each part could be right on its own (31 2 2025), all three.
    /// </summary>
    public static IReadOnlySet<string> PartsInError(string? day, string? month, string? year)
    {
        var wrong = new HashSet<string>();
        if (!TryDay(day?.Trim(), out _))
        {
            wrong.Add(Day);
        }
        if (!TryMonth(month?.Trim(), out _))
        {
            wrong.Add(Month);
        }
        if (!TryYear(year?.Trim(), out _))
        {
            wrong.Add(Year);
        }
        return wrong.Count == 0 ? Parts.ToHashSet() : wrong;
    }

    private static bool TryDay(string? text, out int day) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out day) && day is >= 1 and <= 31;

    private static bool TryYear(string? text, out int year)
    {
        year = 0;
        return text?.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year >= 1000;
    }

    // GOV.UK asks services to accept month names as well as numbers ("Feb", "february").
    private static bool TryMonth(string? text, out int month)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out month))
        {
            return month is >= 1 and <= 12;
        }
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }
        var names = CultureInfo.InvariantCulture.DateTimeFormat;
        for (var i = 0; i < 12; i++)
        {
            if (string.Equals(text, names.MonthNames[i], StringComparison.OrdinalIgnoreCase) ||
                string.Equals(text, names.AbbreviatedMonthNames[i], StringComparison.OrdinalIgnoreCase))
            {
                month = i + 1;
                return true;
            }
        }
        return false;
    }
}

/// <summary>A parsed GOV.UK date: a date, nothing typed at all, or an error message.</summary>
public readonly record struct GovUkDateResult(DateOnly? Date, string? Error)
{
    public static GovUkDateResult Empty => default;

    public bool IsEmpty => Date is null && Error is null;

    public static GovUkDateResult Valid(DateOnly date) => new(date, null);

    public static GovUkDateResult Invalid(string error) => new(null, error);
}
