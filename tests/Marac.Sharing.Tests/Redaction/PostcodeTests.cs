using static Marac.Sharing.Tests.Redaction.TestRedactor;

namespace Marac.Sharing.Tests.Redaction;

public sealed class PostcodeTests
{
    [Theory]
    [InlineData("CV1 2GT")]
    [InlineData("cv12gt")]
    [InlineData("B1 1AA")]
    [InlineData("SW1A 1AA")]
    [InlineData("M1 1AE")]
    [InlineData("GIR 0AA")]
    [InlineData("CV35HP")]
    [InlineData("Cv4 7al")]
    [InlineData("B23 6QT")]
    [InlineData("EC1A 1BB")]
    public void Full_postcodes_are_masked_in_any_case_with_or_without_the_space(string postcode) =>
        Redact($"She now lives at {postcode}, near the park.").ShouldBe($"She now lives at {Location}, near the park.");

    [Theory]
    [InlineData("He is believed to be living in the LE1 area.")]
    [InlineData("Vehicle registration AB12 CDE has been flagged on ANPR.")]
    [InlineData("She takes B12 injections; the B12 2mg dose was prescribed in 2024.")]
    [InlineData("He left the M6 2pm and drove to the A45 junction.")]
    [InlineData("Passwords like xcv12gtz and words such as COVID19 stay.")]
    [InlineData("Child B is in Y7 1st set for maths.")]
    public void Postcode_look_alikes_are_kept(string text) => Redact(text).ShouldBe(text);
}
