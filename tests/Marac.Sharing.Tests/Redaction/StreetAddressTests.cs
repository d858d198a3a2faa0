using static Marac.Sharing.Tests.Redaction.TestRedactor;

namespace Marac.Sharing.Tests.Redaction;

public sealed class StreetAddressTests
{
    [Theory]
    [InlineData("14 Holbrook Lane")]
    [InlineData("112 Foleshill Rd")]
    [InlineData("27 Far Gosford Street")]
    [InlineData("3 The Crescent")]
    [InlineData("6 St Margaret's Road")]
    [InlineData("221B Grange Avenue")]
    [InlineData("2 Lady Godiva Way")]
    [InlineData("31 Harnall Lane East")]
    [InlineData("12-14 Priory Walk")]
    [InlineData("8 Meadow Close")]
    [InlineData("17 Brookside Gardens")]
    [InlineData("5 Beech Terrace")]
    [InlineData("14 Cherry Tree Court")]
    [InlineData("19 Ash Grove")]
    [InlineData("3 Riverside Place")]
    [InlineData("16 Cheylesmore Drive")]
    [InlineData("9 Kingsway")]
    [InlineData("Flat 3, 12 Example Road")]
    [InlineData("Apartment 4, 2 Hill Street")]
    [InlineData("Flat 12, Canal Basin Court")]
    public void Street_addresses_are_masked(string address) =>
        Redact($"Victim now lives at {address}, Coventry.").ShouldBe($"Victim now lives at {Location}, Coventry.");

    [Fact]
    public void A_flat_number_on_its_own_is_masked() =>
        Redact("She has been placed in Flat 2 of the council block.").ShouldBe($"She has been placed in {Location} of the council block.");

    [Theory]
    [InlineData("He hit her 3 times on the way home.")]
    [InlineData("The victim lives 10 minutes walk from his mother; the refuge is a 20 minute drive away.")]
    [InlineData("On 12 May Court staff saw him waiting outside.")]
    [InlineData("The perpetrator has been seen on Foleshill Road near the victim's new address.")]
    [InlineData("They lived at number 24 until the eviction.")]
    [InlineData("The council flat on the 3rd floor has no lift.")]
    [InlineData("DC 1123 Khan is the officer in the case.")]
    public void Counts_and_street_names_without_a_house_number_are_kept(string text) => Redact(text).ShouldBe(text);
}
