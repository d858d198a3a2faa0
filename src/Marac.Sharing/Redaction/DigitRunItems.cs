using System.Text.RegularExpressions;

namespace Marac.Sharing.Redaction;

/// <summary>
/// Postcodes, street addresses, phone, NHS and National Insurance numbers all contain a digit. One pass
/// visits each run of digits, looks at the characters around it and tries only the anchored patterns
/// that could start there: a narrative has tens of thousands of digit runs a megabyte (dates, times,
/// counts) and scanning it once per pattern was eight times slower.
/// </summary>
internal static class DigitRunItems
{
    private const int NhsDigits = 10;
    private const int MaxNhsNumberLength = 19;
    private const int PhoneDigits = 10;
    private const int MaxPhoneLength = 22;

    public static void AddMatches(ReadOnlySpan<char> text, RedactionAccess access, List<SensitiveSpan> found)
    {
        // Where the next item of each category may start: digit runs inside an item already found are skipped.
        var nextLocation = access.LocationAndSafetyContacts ? int.MaxValue : 0;
        var nextIdentity = access.Identity ? int.MaxValue : 0;
        for (var run = NextRun(text, 0); run >= 0; run = NextRun(text, EndOfRun(text, run)))
        {
            if (run >= nextLocation)
            {
                nextLocation = Math.Max(nextLocation, FindLocation(text, run, found));
            }
            if (run >= nextIdentity)
            {
                nextIdentity = Math.Max(nextIdentity, FindIdentity(text, run, found));
            }
        }
    }

    private static int FindLocation(ReadOnlySpan<char> text, int run, List<SensitiveSpan> found)
    {
        var end = 0;
        if (PostcodeStart(text, run) is var postcode and >= 0)
        {
            end = Math.Max(end, MatchAt(LocationPatterns.Postcode(), text, postcode, SensitiveKind.Postcode, found));
        }
        end = Math.Max(end, FindPhone(text, run, found));
        if (MayBeHouseNumber(text, run))
        {
            end = Math.Max(end, MatchAt(LocationPatterns.StreetAddress(), text, run, SensitiveKind.StreetAddress, found));
        }
        return end;
    }

    private static int FindIdentity(ReadOnlySpan<char> text, int run, List<SensitiveSpan> found)
    {
        var end = 0;
        if (NationalInsuranceStart(text, run) is var insurance and >= 0)
        {
            end = MatchAt(IdentityPatterns.NationalInsuranceNumber(), text, insurance, SensitiveKind.NationalInsuranceNumber, found);
        }
        if (HasDigits(text, run, NhsDigits, MaxNhsNumberLength, phone: false))
        {
            end = Math.Max(end, MatchAt(IdentityPatterns.NhsNumber(), text, run, SensitiveKind.NhsNumber, found, NhsNumber.IsValid));
        }
        return end;
    }

    // "CV1 2GT", "B1 1AA": one or two letters before the run; "GIR 0AA" has three.
    private static int PostcodeStart(ReadOnlySpan<char> text, int run)
    {
        var letters = LettersBefore(text, run, 3);
        if (letters is 1 or 2)
        {
            return run - letters;
        }
        var gir = run >= 1 && text[run - 1] == ' ' ? run - 4 : run - 3;
        return gir >= 0 && text.Slice(gir, 3).Equals("GIR", StringComparison.OrdinalIgnoreCase) ? gir : -1;
    }

    // "+44…", "(024)…", and "07700…" (also inside brackets that are not the area code's: "(07700 900123)").
    private static int FindPhone(ReadOnlySpan<char> text, int run, List<SensitiveSpan> found)
    {
        if (!HasDigits(text, run, PhoneDigits, MaxPhoneLength, phone: true))
        {
            return 0;
        }
        var end = run > 0 && text[run - 1] is '+' or '('
            ? MatchAt(LocationPatterns.Phone(), text, run - 1, SensitiveKind.PhoneNumber, found, UkPhoneNumber.HasUkLength)
            : 0;
        return end == 0 && text[run] == '0'
            ? MatchAt(LocationPatterns.Phone(), text, run, SensitiveKind.PhoneNumber, found, UkPhoneNumber.HasUkLength)
            : end;
    }

    // "12 Example Road", "12a Example Road", "12-14 Example Road", "12, Example Road": the street
    // name starts with a capital after the number, which rules out "3 incidents" and "12/03/2024".
    private static bool MayBeHouseNumber(ReadOnlySpan<char> text, int run)
    {
        var end = EndOfRun(text, run);
        if (end - run > 4)
        {
            return false;
        }
        var rest = text[end..];
        rest = rest is [var letter, ..] && char.IsAsciiLetter(letter) ? rest[1..] : rest;
        if (rest is ['-', ..])
        {
            return true;
        }
        rest = rest is [',', ..] ? rest[1..] : rest;
        var space = rest.IndexOfAnyExcept(' ', '\t');
        return space > 0 && char.IsAsciiLetterUpper(rest[space]);
    }

    // "AB123456C", "AB 12 34 56 C", "AB-12…": two letters, perhaps a space or dash, then the run.
    private static int NationalInsuranceStart(ReadOnlySpan<char> text, int run)
    {
        var letters = run > 0 && text[run - 1] is ' ' or '-' ? run - 1 : run;
        return LettersBefore(text, letters, 3) == 2 ? letters - 2 : -1;
    }

    // Counts the digits of what could be one number from the run on: digits and the separators that
    // numbers are written with (and, for phones, the brackets round an area code).
    private static bool HasDigits(ReadOnlySpan<char> text, int run, int needed, int maxLength, bool phone)
    {
        var digits = 0;
        for (var i = run; i < text.Length && i - run < maxLength; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (!(c is ' ' or '-' || (phone && c is '.' or '(' or ')')))
            {
                break;
            }
        }
        return digits >= needed;
    }

    private static int LettersBefore(ReadOnlySpan<char> text, int position, int max)
    {
        var count = 0;
        while (count < max && position - count > 0 && char.IsAsciiLetter(text[position - count - 1]))
        {
            count++;
        }
        return count;
    }

    private static int NextRun(ReadOnlySpan<char> text, int from)
    {
        var offset = text[from..].IndexOfAnyInRange('0', '9');
        return offset < 0 ? -1 : from + offset;
    }

    private static int EndOfRun(ReadOnlySpan<char> text, int run)
    {
        var length = text[run..].IndexOfAnyExceptInRange('0', '9');
        return length < 0 ? text.Length : run + length;
    }

    private static int MatchAt(Regex pattern, ReadOnlySpan<char> text, int start, SensitiveKind kind, List<SensitiveSpan> found, RedactionPatterns.Accept? accept = null)
    {
        foreach (var match in pattern.EnumerateMatches(text, start))
        {
            if (match.Index == start && (accept is null || accept(text.Slice(match.Index, match.Length))))
            {
                found.Add(new SensitiveSpan(match.Index, match.Length, kind));
                return match.Index + match.Length;
            }
            break;
        }
        return 0;
    }
}
