using static Marac.Sharing.Tests.Redaction.TestRedactor;

namespace Marac.Sharing.Tests.Redaction;

public sealed class DateOfBirthTests
{
    [Theory]
    [InlineData("DOB 12/03/1990", "DOB {0}")]
    [InlineData("DOB: 07/09/01", "DOB: {0}")]
    [InlineData("date of birth: 12 March 1990", "date of birth: {0}")]
    [InlineData("Date of birth - 09/09/1999", "Date of birth - {0}")]
    [InlineData("born 3.4.85", "born {0}")]
    [InlineData("d.o.b. 1990-03-12", "d.o.b. {0}")]
    [InlineData("D.O.B: 17 Oct 1983", "D.O.B: {0}")]
    [InlineData("born on 5th June 1990 in Nuneaton", "born on {0} in Nuneaton")]
    [InlineData("born on the 3rd of April 1985", "born on the {0}")]
    [InlineData("born 3 Sept 1988", "born {0}")]
    [InlineData("birth date March 3, 1990", "birth date {0}")]
    [InlineData("(DOB 30.01.1988)", "(DOB {0})")]
    [InlineData("His DOB is recorded as 31st December 1975.", "His DOB is recorded as {0}.")]
    [InlineData("He gave a false date of birth (01/01/1980).", "He gave a false date of birth ({0}).")]
    [InlineData("DOBs: 12/03/1990 (victim) and 04/05/1986 (perpetrator).", "DOBs: {0} (victim) and {0} (perpetrator).")]
    public void Dates_signalled_as_a_date_of_birth_are_masked(string text, string expected) =>
        Redact(text).ShouldBe(string.Format(expected, Identity));

    [Theory]
    [InlineData("On 12/03/2024 he pushed her down the stairs.")]
    [InlineData("Incident on 3rd June 2025 involved a knife; bail until 04/07/2025.")]
    [InlineData("He was born in Poland and on 12/03/2024 he moved here.")]
    [InlineData("She was born in March 1990 and is the youngest of five.")]
    [InlineData("Her first-born son is now 12; he said he was born to be a fighter.")]
    [InlineData("Mum is 24 and her date of birth was confirmed with the midwife.")]
    [InlineData("Her 30th birthday was on 3 May, when the assault happened.")]
    [InlineData("Stubborn 12/03/2024 entry.")]
    public void Other_dates_are_kept(string text) => Redact(text).ShouldBe(text);
}
