using static Marac.Sharing.Tests.Redaction.TestRedactor;

namespace Marac.Sharing.Tests.Redaction;

public sealed class PhoneAndEmailTests
{
    [Theory]
    [InlineData("07700 900123")]
    [InlineData("07700900123")]
    [InlineData("07700 900 123")]
    [InlineData("07700-900-789")]
    [InlineData("+44 7700 900877")]
    [InlineData("+447700900246")]
    [InlineData("+44 (0)7700 900981")]
    [InlineData("0044 7700 900312")]
    [InlineData("(024) 7655 1234")]
    [InlineData("024 7655 1234")]
    [InlineData("0121.496.0000")]
    [InlineData("(0121) 496 0342")]
    [InlineData("020 7946 0123")]
    [InlineData("01632 960123")]
    [InlineData("07 700 900 321")]
    [InlineData("+44 07700 900 515")]
    [InlineData("07700.900.123")]
    public void Uk_phone_numbers_are_masked(string number) =>
        Redact($"Safe number: {number}, text first.").ShouldBe($"Safe number: {Location}, text first.");

    [Theory]
    [InlineData("sarah.holmes1990@example.co.uk")]
    [InlineData("dazza.k84@example.com")]
    [InlineData("J.Holmes@Example.Org.UK")]
    [InlineData("bigdaz_77@example.net")]
    [InlineData("s.holmes@example")]
    public void Email_addresses_are_masked(string address) =>
        Redact($"He e-mails her from {address} daily.").ShouldBe($"He e-mails her from {Location} daily.");

    [Theory]
    [InlineData("She called 999 at 11.45pm and 101 the next day.")]
    [InlineData("Police log 0457 of 03/02/2025 refers; CAD 2231.")]
    [InlineData("Crime reference 23/45871/25 relates to criminal damage.")]
    [InlineData("Hospital no. 2047781 differs from the GP record.")]
    [InlineData("Police attended on 03.04.2025 and again on 05.04.2025.")]
    [InlineData("Incidents: 07 in 2024, 012 in total.")]
    [InlineData("Police attended on 01 02 2024 and 03 02 2024.")]
    [InlineData("Follow @CoventryPolice and #MARAC for updates.")]
    public void Other_numbers_are_kept(string text) => Redact(text).ShouldBe(text);
}
