using System.Text.RegularExpressions;

namespace Marac.Sharing.Redaction;

/// <summary>
/// NHS numbers, National Insurance numbers and dates of birth. Bounded quantifiers throughout; patterns
/// starting with \G are tried only where <see cref="DigitRunItems"/> or <see cref="DatesOfBirth"/> point them.
/// </summary>
internal static partial class IdentityPatterns
{
    // Ten digits, usually 3-3-4 but grouped any way, spaced, dashed or run together; the check digit
    // is verified afterwards. The ten digits after +44 are a phone number, and one in eleven of them
    // would pass the check.
    private const string NhsNumberPattern = @"\G(?<![\d+/.)-])(?<!(?:\+|00)44[\s.-]?(?:\(0\)\s?)?)\d(?:[\s-]?\d){9}(?![\d/])";

    // HMRC's rules: first letter not D, F, I, Q, U or V; second not D, F, I, O, Q, U or V; never
    // BG, GB, KN, NK, NT, TN or ZZ. QQ is HMRC's specimen prefix, printed on forms and copied into
    // notes, so it is masked too.
    private const string NationalInsurancePattern = """
        \G(?<![A-Za-z0-9])
        (?:QQ|(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])
        [\s-]?\d(?:[\s-]?\d){5}[\s-]?[A-D]
        (?![A-Za-z0-9])
        """;

    private const string Month = """
        (?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?
          |Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?
        """;

    private const string Ordinal = @"(?:\s?(?:st|nd|rd|th))?";

    private const string Date = """
        (?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})
          |\d{4}-\d{1,2}-\d{1,2}
          |\d{1,2}
        """ + Ordinal + @"\s+(?:of\s+)?" + Month + @",?\s+(?:\d{4}|\d{2})" + """
          |
        """ + Month + @"\s+\d{1,2}" + Ordinal + @",?\s+\d{4}" + """
        )(?![\d/.-]\d)(?!\d)
        """;

    // Only a date signalled as a date of birth is masked: ordinary incident dates must stay. The
    // pattern starts at the signal word DatesOfBirth finds ("date of birth" from its "birth"). Up to
    // three words may stand between the signal and the date ("DOB is recorded as 31 December 1975"),
    // and a list of dates may follow one signal ("DOBs: 12/03/1990 (victim) and 04/05/1986",
    // "dates of birth: victim 14/05/1991, perpetrator 22/08/1988").
    private const string DateOfBirthPattern = """
        \G(?<![A-Za-z])(?:d\.?o\.?b\.?s?|birth(?:\s?dates?)?|born)(?![A-Za-z])
        [\s:(=–-]{0,4}
        (?:(?>[A-Za-z'’]{1,20})\s+){0,3}
        (?<date>
        """ + Date + """
        )
        (?:\s*\([^()\r\n]{1,30}\))?
        (?:\s*(?:,|;|and|&)\s*(?:(?>[A-Za-z'’]{1,20})\s+){0,2}(?<date>
        """ + Date + """
        )(?:\s*\([^()\r\n]{1,30}\))?){0,5}
        """;

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnorePatternWhitespace;

    [GeneratedRegex(NhsNumberPattern, Options, RedactionPatterns.TimeoutMilliseconds)]
    public static partial Regex NhsNumber();

    [GeneratedRegex(NationalInsurancePattern, Options | RegexOptions.IgnoreCase, RedactionPatterns.TimeoutMilliseconds)]
    public static partial Regex NationalInsuranceNumber();

    [GeneratedRegex(DateOfBirthPattern, Options | RegexOptions.IgnoreCase, RedactionPatterns.TimeoutMilliseconds)]
    public static partial Regex DateOfBirth();
}
