using Marac.Sharing.Redaction;
using static Marac.Sharing.Tests.Redaction.TestRedactor;

namespace Marac.Sharing.Tests.Redaction;

public sealed class KeptTextTests
{
    [Theory]
    [InlineData("MRC-2026-00123 was last heard on 14/01/2026; linked to MRC-2025-04411.")]
    [InlineData("There have been 3 incidents in the last 12 months and there are 2 children.")]
    [InlineData("On 12/03/2024 he smashed her phone; police attended on 13.03.2024.")]
    [InlineData("He was arrested at 14:30 and released at 2pm, returning at 11.45pm.")]
    [InlineData("She owes £1,250 in arrears and receives £87.50 a week.")]
    [InlineData("The victim is aged 34; the children are aged 3, 6 and 10.")]
    [InlineData("DASH score 17 of 24, 90% attendance, Year 9, Room 12, Ward 33.")]
    [InlineData("A DVPN was issued on 15/10/2025 and a DVPO granted on 17/10/2025 for 28 days.")]
    [InlineData("He was stopped on the A45 near junction 6 and drove down the M6.")]
    [InlineData("Children's social care opened a Section 47 enquiry on 2 May 2025.")]
    [InlineData("Flights booked for 14:00 on 06/02/2026; PC 4471 Smith; PA-4471.")]
    public void Case_management_text_is_kept(string text) => Redact(text).ShouldBe(text);

    [Fact]
    public void Text_with_nothing_to_mask_is_returned_as_the_same_string()
    {
        const string text = "No further incidents reported since the last MARAC.";

        var result = Partnership.Redact(text, RedactionAccess.Nothing);

        result.Text.ShouldBeSameAs(text);
        result.Changed.ShouldBeFalse();
        result.Withheld.ShouldBeEmpty();
    }
}
