namespace Marac.Sharing.Redaction;

/// <summary>Whether a phone-shaped match has the length of a UK number: 10 or 11 digits in national form.</summary>
internal static class UkPhoneNumber
{
    public static bool HasUkLength(ReadOnlySpan<char> candidate) => NationalDigits(candidate) is 10 or 11;

    // National form starts with the trunk 0: "+44 7700 900123", "0044 7700 900123", "+44 (0)7700 900123"
    // and the common mistake "+44 07700 900123" are all 07700 900123.
    private static int NationalDigits(ReadOnlySpan<char> candidate)
    {
        var rest = candidate switch
        {
            ['+', '4', '4', ..] => candidate[3..],
            ['0', '0', '4', '4', ..] => candidate[4..],
            _ => candidate,
        };
        var digits = 0;
        var first = '\0';
        foreach (var c in rest)
        {
            if (char.IsAsciiDigit(c))
            {
                first = digits == 0 ? c : first;
                digits++;
            }
        }
        return first == '0' ? digits : digits + 1;
    }
}
