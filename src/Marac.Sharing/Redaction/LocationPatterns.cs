using System.Text.RegularExpressions;

namespace Marac.Sharing.Redaction;

/// <summary>
/// Postcodes, street addresses, phone numbers and e-mail addresses. Every quantifier is bounded and
/// no group repeats an ambiguous sub-pattern, so the backtracking engine stays linear; the timeout is
/// the backstop. Patterns starting with \G are tried only where <see cref="DigitRunItems"/> points
/// them, which is what makes the redactor fast (docs/benchmarks.md).
/// </summary>
internal static partial class LocationPatterns
{
    // Inward codes never use C, I, K, M, O or V; that rule also keeps "2pm" out.
    private const string PostcodePattern = """
        \G(?<![A-Za-z0-9])
        (?:GIR\s?0AA
          |[A-Z]{1,2}[0-9][A-Z0-9]?\s?(?-i:(?!1st|2nd|3rd|[04-9]th))[0-9][ABD-HJLNP-UW-Z]{2})
        (?![A-Za-z0-9])
        """;

    private const string HouseNumber = @"\d{1,4}[A-Za-z]?(?:-\d{1,4}[A-Za-z]?)?";
    private const string NotAMonth = "(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b)";
    private const string NameWord = NotAMonth + @"[A-Z][A-Za-z'’]*(?:-[A-Z][A-Za-z'’]*)?";

    private const string StreetSuffix = """
        (?i:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Cl|Drive|Dr|Way|Crescent|Cres|Grove|Gr|Place|Pl
          |Court|Ct|Gardens|Gdns|Terrace|Terr|Walk|Square|Sq|Row|Hill|Rise|Mews|Parade|Park|Green|View
          |Vale|Highway|Croft|Boulevard|Mount|Chase|Fold|Gate|Wharf|Yard|Quay|Approach|Circus|Embankment
          |Cottages|Paddocks?|Meadows?|Fields|Orchard|Grange|Heath|Dale|Ridge|Bank)
        """;

    private const string BuildingSuffix = "(?:House|Court|Lodge|Mews|Tower|Heights|Buildings|Apartments|Mansions|Point)";
    private const string Direction = @"(?:\s+(?:North|South|East|West|Upper|Lower))?";

    // "12 Example Road", "9 Kingsway" (a single word ending in "way" is itself a street).
    private const string Street = "(?:" + NameWord + @"\s+){1,3}" + StreetSuffix + Direction + "|[A-Z][a-z]{2,}way";

    private const string StreetAddressPattern =
        @"\G(?<![\w/.:£$-])" + HouseNumber + @",?\s+(?:" + Street + @")(?![\w])";

    // "Flat 3", "Flat 3, 12 Example Road", "Apartment 4, Canal Basin Court".
    private const string FlatPattern =
        @"(?<![\w])(?:Flat|Apartment|Apt\.?)\s+\d{1,4}[A-Za-z]?(?![\w])" +
        @"(?:,?\s+(?:" + HouseNumber + @",?\s+(?:" + Street + ")|(?:" + NameWord + @"\s+){1,3}" + BuildingSuffix + @")(?![\w]))?";

    // 07700 900123, 07 700 900 321, +44 (0)7700 900123, 0044 7700 900123, (024) 7655 1234,
    // 0121.496.0000: digit groups with single separators. The digit count is checked afterwards
    // (UkPhoneNumber), which the regex cannot do across separators.
    private const string PhonePattern = """
        \G(?<![\w+])
        (?:(?:\+|00)44\s?(?:\(0\)\s?|0\s?)?\d{1,4}|\(0\d{2,4}\)|0\d{1,4})
        (?:[\s.-]?\d{2,4}){2,4}
        (?!\d)
        """;

    // From the "@" on; the local part is found backwards in code (EmailAddresses). The top-level
    // domain is optional: "s.holmes@example" is still somebody's address, half typed.
    private const string EmailDomainPattern = @"(?<=[A-Za-z0-9._%+-])@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,6}(?![A-Za-z0-9-])";

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    [GeneratedRegex(PostcodePattern, Options | RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace, RedactionPatterns.TimeoutMilliseconds)]
    public static partial Regex Postcode();

    [GeneratedRegex(StreetAddressPattern, Options | RegexOptions.IgnorePatternWhitespace, RedactionPatterns.TimeoutMilliseconds)]
    public static partial Regex StreetAddress();

    [GeneratedRegex(FlatPattern, Options | RegexOptions.IgnorePatternWhitespace, RedactionPatterns.TimeoutMilliseconds)]
    public static partial Regex Flat();

    [GeneratedRegex(PhonePattern, Options | RegexOptions.IgnorePatternWhitespace, RedactionPatterns.TimeoutMilliseconds)]
    public static partial Regex Phone();

    [GeneratedRegex(EmailDomainPattern, Options, RedactionPatterns.TimeoutMilliseconds)]
    public static partial Regex EmailDomain();
}
