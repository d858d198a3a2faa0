namespace Marac.Sharing.Redaction;

/// <summary>The NHS number's modulus 11 check digit (NHS Data Dictionary).</summary>
public static class NhsNumber
{
    /// <summary>True when <paramref name="candidate"/> holds exactly ten digits (spaces and dashes ignored) with a valid check digit.</summary>
    public static bool IsValid(ReadOnlySpan<char> candidate)
    {
        Span<int> digits = stackalloc int[10];
        var count = 0;
        foreach (var c in candidate)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == 10)
                {
                    return false;
                }
                digits[count++] = c - '0';
            }
            else if (c is not (' ' or '-'))
            {
                return false;
            }
        }
        return count == 10 && CheckDigit(digits[..9]) == digits[9];
    }

    // 11 - (weighted sum mod 11); 11 becomes 0 and 10 means the number can never be valid.
    private static int CheckDigit(ReadOnlySpan<int> firstNine)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += firstNine[i] * (10 - i);
        }
        var check = 11 - (sum % 11);
        return check switch { 11 => 0, 10 => -1, _ => check };
    }
}
