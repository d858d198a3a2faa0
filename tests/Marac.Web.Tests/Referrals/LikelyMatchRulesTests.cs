using Marac.Data.Matching;
using Marac.Web.Features.Referrals.Repeats;

namespace Marac.Web.Tests.Referrals;

/// <summary>How two victims' names and dates of birth are judged a likely match.</summary>
public sealed class LikelyMatchRulesTests
{
    private static readonly DateOnly Dob = new(1990, 3, 27);

    private static MatchStrength? Compare(string given, string family, DateOnly? dob, string otherGiven, string otherFamily, DateOnly? otherDob, params string[] otherAliases) =>
        LikelyMatchFinder.Compare([NameKey.For(given, family)], dob, NameKey.For(otherGiven, otherFamily), otherAliases.Select(NameKey.ForFullName).ToList(), otherDob);

    [Theory]
    [InlineData("Łucja", "Nowak", "LUCJA", "NOWAK")]
    [InlineData("Łucja", "Nowak", "Nowak", "Łucja")]
    [InlineData("Mohammed", "Khan", "Muhammad", "Khan")]
    [InlineData("Anne-Marie", "O'Brien", "Anne Marie", "OBrien")]
    public void A_re_cased_accented_swapped_or_transliterated_name_with_the_same_date_of_birth_matches(string given, string family, string otherGiven, string otherFamily) =>
        Compare(given, family, Dob, otherGiven, otherFamily, Dob).ShouldBe(MatchStrength.SameNameAndDateOfBirth);

    [Theory]
    [InlineData("Sarah", "Jones", "Sara", "Jones")]
    [InlineData("Katherine", "Smith", "Catherine", "Smith")]
    [InlineData("Agnieszka", "Kowalska", "Agniezka", "Kowalska")]
    public void A_re_spelt_name_with_the_same_date_of_birth_is_a_likely_match(string given, string family, string otherGiven, string otherFamily) =>
        Compare(given, family, Dob, otherGiven, otherFamily, Dob).ShouldBe(MatchStrength.SimilarNameAndDateOfBirth);

    [Fact]
    public void A_known_other_name_with_the_same_date_of_birth_matches() =>
        Compare("Jane", "Doe", Dob, "Zara", "Hussain", Dob, "Jane Doe").ShouldBe(MatchStrength.AliasAndDateOfBirth);

    [Theory]
    [InlineData("Sarah", "Jones", "Emma", "Jones")]
    [InlineData("Sarah", "Jones", "Sarah", "Patel")]
    [InlineData("Lucja", "Nowak", "Maria", "Kowalska")]
    public void A_different_person_with_the_same_date_of_birth_does_not_match(string given, string family, string otherGiven, string otherFamily) =>
        Compare(given, family, Dob, otherGiven, otherFamily, Dob).ShouldBeNull();

    [Fact]
    public void A_similar_name_with_a_different_date_of_birth_does_not_match() =>
        Compare("Sarah", "Jones", Dob, "Sarah", "Jones", Dob.AddDays(1)).ShouldBeNull();

    [Fact]
    public void The_same_name_where_one_date_of_birth_is_unknown_is_offered_for_checking() =>
        Compare("Sarah", "Jones", null, "Sarah", "Jones", Dob).ShouldBe(MatchStrength.SameNameNoDateOfBirth);
}
