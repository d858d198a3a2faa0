using Marac.Sharing.Redaction;
using static Marac.Sharing.Tests.Redaction.TestRedactor;

namespace Marac.Sharing.Tests.Redaction;

public sealed class NhsAndNationalInsuranceTests
{
    [Theory]
    [InlineData("943 476 5919")]
    [InlineData("9434765919")]
    [InlineData("943-476-5919")]
    [InlineData("626 018 1590")]
    [InlineData("4860913906")]
    [InlineData("6260 181 590")]
    public void Nhs_numbers_with_a_valid_check_digit_are_masked(string number) =>
        Redact($"NHS number {number} (victim).").ShouldBe($"NHS number {Identity} (victim).");

    [Theory]
    [InlineData("943 476 5918")]
    [InlineData("626 018 1593")]
    [InlineData("7507529170")]
    public void Nhs_numbers_with_an_invalid_check_digit_are_kept(string number) =>
        Redact($"NHS number {number} (typo).").ShouldBe($"NHS number {number} (typo).");

    [Theory]
    [InlineData("9434765919", true)]
    [InlineData("943 476 5919", true)]
    [InlineData("9434765918", false)]
    [InlineData("943476591", false)]
    [InlineData("94347659190", false)]
    [InlineData("943/476/5919", false)]
    [InlineData("1000000010", false)] // check digit would be 10: never issued
    public void The_check_digit_follows_modulus_11(string candidate, bool valid) =>
        NhsNumber.IsValid(candidate).ShouldBe(valid);

    [Fact]
    public void The_ten_digits_after_44_are_a_phone_number_not_an_nhs_number()
    {
        // 7700 900981 happens to pass the NHS check digit.
        NhsNumber.IsValid("7700900981").ShouldBeTrue();

        Redact("Cousin: +44 (0)7700 900981, +44 7700 900981.", new RedactionAccess(LocationAndSafetyContacts: true, Identity: false))
            .ShouldBe("Cousin: +44 (0)7700 900981, +44 7700 900981.");
    }

    [Theory]
    [InlineData("QQ 12 34 56 C")]
    [InlineData("AB123456C")]
    [InlineData("JT482917B")]
    [InlineData("ce 45 67 89 d")]
    [InlineData("NY 76 54 32 B")]
    [InlineData("PX 562193 A")]
    [InlineData("AB 123 456 C")]
    public void National_insurance_numbers_are_masked(string number) =>
        Redact($"NI number {number} on file.").ShouldBe($"NI number {Identity} on file.");

    [Theory]
    [InlineData("DA 12 34 56 C")] // D is never a first letter
    [InlineData("AO 12 34 56 C")] // O is never a second letter
    [InlineData("GB 12 34 56 C")] // excluded prefix
    [InlineData("AB 12 34 56 E")] // suffix is A to D
    [InlineData("AB 12 34 5 C")]
    public void Invalid_national_insurance_numbers_are_kept(string number) =>
        Redact($"NI number {number} on file.").ShouldBe($"NI number {number} on file.");
}
