using System.Globalization;
using Marac.Data.Entities;

namespace Marac.Web.Features.Statistics.Import;

/// <summary>Turns cell text into values; each method returns null and a reason when it cannot.</summary>
public static class CellParsing
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy"];

    /// <summary>A date written yyyy-mm-dd (or dd/mm/yyyy), or an Excel date serial number.</summary>
    public static DateOnly? Date(SheetCell cell, out string? reason)
    {
        reason = null;
        if (cell.Number is { } serial)
        {
            if (serial >= 1 && serial < 2958466 && serial == Math.Floor(serial))
            {
                return DateOnly.FromDateTime(DateTime.FromOADate(serial));
            }
            reason = "is not a date";
            return null;
        }
        var text = cell.Text.Trim();
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        reason = LooksLikeDate(text) ? "is not a real date" : "must be a date written as yyyy-mm-dd";
        return null;
    }

    public static int? WholeNumber(SheetCell cell, out string? reason)
    {
        reason = null;
        var text = cell.Text.Trim();
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        if (cell.Number is { } number && number >= 0 && number == Math.Floor(number) && number <= int.MaxValue)
        {
            return (int)number;
        }
        reason = text.StartsWith('-') ? "must be 0 or more" : "must be a whole number";
        return null;
    }

    public static YesNoNotKnown? YesNo(string text) => Normalise(text) switch
    {
        "yes" => YesNoNotKnown.Yes,
        "no" => YesNoNotKnown.No,
        "notknown" => YesNoNotKnown.NotKnown,
        _ => null,
    };

    public static Gender? GenderOf(string text) => Normalise(text) switch
    {
        "female" => Gender.Female,
        "male" => Gender.Male,
        "nonbinary" => Gender.NonBinary,
        "other" => Gender.Other,
        "notknown" => Gender.NotKnown,
        _ => null,
    };

    /// <summary>A SafeLives source category, by its name in the dataset ("Children's Social Care", "Secondary Care / Acute Trust").</summary>
    public static ReferralSource? Source(string text)
    {
        var key = Normalise(text);
        foreach (var source in Enum.GetValues<ReferralSource>())
        {
            if (key == Normalise(source.ToString()) || key == Normalise(SourceLabel(source)))
            {
                return source;
            }
        }
        return null;
    }

    public static string SourceLabel(ReferralSource source) => source switch
    {
        ReferralSource.Idva => "IDVA",
        ReferralSource.ChildrensSocialCare => "Children's Social Care",
        ReferralSource.AdultSocialCare => "Adult Social Care",
        ReferralSource.PrimaryCare => "Primary Care",
        ReferralSource.SecondaryCare => "Secondary Care / Acute Trust",
        ReferralSource.MentalHealth => "Mental Health",
        ReferralSource.SubstanceMisuse => "Substance Misuse",
        ReferralSource.VoluntarySector => "Voluntary Sector",
        ReferralSource.Mash => "MASH",
        _ => source.ToString(),
    };

    /// <summary>The items of a ';'-separated list, trimmed, blanks left out.</summary>
    public static List<string> List(string text) =>
        text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    /// <summary>
    /// A date of birth approximated from a whole age at a date: the day half a year before the
    /// birthday that reached that age, so the person is exactly that age on that date.
    /// </summary>
    public static DateOnly BirthDateFromAge(int age, DateOnly on) => on.AddYears(-age).AddMonths(-6);

    private static bool LooksLikeDate(string text) =>
        text.Count(c => c is '-' or '/') == 2 && text.All(c => char.IsDigit(c) || c is '-' or '/');

    private static string Normalise(string text) =>
        new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
