using Marac.Sharing.Categories;
using Marac.Sharing.Redaction;
using static Marac.Sharing.Tests.Redaction.TestRedactor;

namespace Marac.Sharing.Tests.Redaction;

public sealed class TextRedactorTests
{
    private const string Narrative = "She is at Willow Lodge, 14 Holbrook Lane, CV6 4DD (07700 900123). DOB 12/03/1990, NHS 943 476 5919, NI AB123456C.";

    [Fact]
    public void Without_either_category_both_are_masked_and_reported()
    {
        var result = Partnership.Redact(Narrative, RedactionAccess.Nothing);

        result.Text.ShouldBe($"She is at {Location}, {Location}, {Location} ({Location}). DOB {Identity}, NHS {Identity}, NI {Identity}.");
        result.Withheld.ShouldBe([DataCategory.LocationAndSafetyContacts, DataCategory.Identity], ignoreOrder: true);
        result.Masked.Select(s => s.Kind).ShouldBe(
        [
            SensitiveKind.SensitivePlace, SensitiveKind.StreetAddress, SensitiveKind.Postcode, SensitiveKind.PhoneNumber,
            SensitiveKind.DateOfBirth, SensitiveKind.NhsNumber, SensitiveKind.NationalInsuranceNumber,
        ]);
    }

    [Fact]
    public void Location_granted_keeps_location_and_masks_identity()
    {
        var result = Partnership.Redact(Narrative, new RedactionAccess(LocationAndSafetyContacts: true, Identity: false));

        result.Text.ShouldBe($"She is at Willow Lodge, 14 Holbrook Lane, CV6 4DD (07700 900123). DOB {Identity}, NHS {Identity}, NI {Identity}.");
        result.Withheld.ShouldBe([DataCategory.Identity]);
    }

    [Fact]
    public void Identity_granted_keeps_identity_and_masks_location()
    {
        var result = Partnership.Redact(Narrative, RedactionAccess.From([DataCategory.Identity, DataCategory.Risk]));

        result.Text.ShouldBe($"She is at {Location}, {Location}, {Location} ({Location}). DOB 12/03/1990, NHS 943 476 5919, NI AB123456C.");
        result.Withheld.ShouldBe([DataCategory.LocationAndSafetyContacts]);
    }

    [Fact]
    public void Both_granted_leaves_the_text_alone() =>
        Redact(Narrative, RedactionAccess.Everything).ShouldBeSameAs(Narrative);

    [Fact]
    public void Spans_point_into_the_original_text()
    {
        var spans = Partnership.Find(Narrative, RedactionAccess.Nothing);

        spans.Select(s => Narrative.Substring(s.Start, s.Length)).ShouldBe(
            ["Willow Lodge", "14 Holbrook Lane", "CV6 4DD", "07700 900123", "12/03/1990", "943 476 5919", "AB123456C"]);
    }

    [Fact]
    public void Overlapping_findings_become_one_marker()
    {
        // An address that is also a listed safe house.
        var redactor = new TextRedactor(["12 Example Road"]);

        redactor.Redact("Flat 3, 12 Example Road.", RedactionAccess.Nothing).Text.ShouldBe($"{Location}.");
    }

    [Fact]
    public void The_same_redactor_gives_the_same_answers_on_many_threads()
    {
        var expected = Redact(Narrative);

        var results = Enumerable.Range(0, 2000).AsParallel().Select(_ => Redact(Narrative)).Distinct().ToList();

        results.ShouldBe([expected]);
    }

    [Theory]
    [InlineData('a')]
    [InlineData('1')]
    [InlineData('.')]
    public void Hostile_input_is_checked_within_the_pattern_time_limit_rather_than_withheld_whole(char filler)
    {
        // Runaway backtracking would hit the patterns' match timeout and withhold the whole text
        // (fail closed); linear patterns get through and keep the text. Speed itself is a benchmark.
        var hostile = new string(filler, 200_000) + "@" + new string(filler, 200_000) + " DOB " + string.Concat(Enumerable.Repeat("1/1/1 ", 20_000));

        var result = Partnership.Redact(hostile, RedactionAccess.Nothing);

        result.Text.ShouldNotBe(RedactionMarkers.Unchecked);
        result.Text.ShouldStartWith(new string(filler, 1_000));
    }
}
