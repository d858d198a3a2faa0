using Marac.Sharing.Redaction;
using static Marac.Sharing.Tests.Redaction.TestRedactor;

namespace Marac.Sharing.Tests.Redaction;

public sealed class SensitivePlaceTests
{
    [Theory]
    [InlineData("She fled to Willow Lodge on Friday.", "She fled to {0} on Friday.")]
    [InlineData("The IDVA met her at willow  lodge.", "The IDVA met her at {0}.")]
    [InlineData("She moved to PHOENIX HOUSE in January.", "She moved to {0} in January.")]
    [InlineData("Moved from Harbour House Annexe to Harbour House.", "Moved from {0} to {0}.")]
    public void The_partnerships_places_are_masked_as_whole_words_in_any_case(string text, string expected) =>
        Redact(text).ShouldBe(string.Format(expected, Location));

    [Theory]
    [InlineData("The Phoenix Project is a separate service.")]
    [InlineData("There is a willow tree outside; WillowLodge is not the name.")]
    [InlineData("Harbour Housing is a landlord.")]
    public void Partial_words_are_kept(string text) => Redact(text).ShouldBe(text);

    [Fact]
    public void The_longest_name_wins()
    {
        var result = Partnership.Redact("She is at Harbour House Annexe.", RedactionAccess.Nothing);

        result.Text.ShouldBe($"She is at {Location}.");
        result.Masked.ShouldHaveSingleItem().Length.ShouldBe("Harbour House Annexe".Length);
    }

    [Fact]
    public void Names_with_regex_characters_are_matched_literally()
    {
        var redactor = new TextRedactor(["St. Anne's (North) Refuge", "  ", "A+B House"]);

        redactor.Redact("Moved to St. Anne's (North) Refuge, then A+B House; not St Xnne's.", RedactionAccess.Nothing).Text
            .ShouldBe($"Moved to {Location}, then {Location}; not St Xnne's.");
    }

    [Fact]
    public void A_partnership_without_places_still_redacts() =>
        new TextRedactor([]).Redact("Willow Lodge, CV1 2GT", RedactionAccess.Nothing).Text.ShouldBe($"Willow Lodge, {Location}");
}
