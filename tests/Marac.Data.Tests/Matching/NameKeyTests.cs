using Marac.Data.Matching;

namespace Marac.Data.Tests.Matching;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Łucja", "Nowak", "ŁUCJA", "NOWAK")]
    [InlineData("Łucja", "Nowak", "Lucja", "Nowak")]
    [InlineData("Zoë", "Brontë", "zoe", "bronte")]
    [InlineData("Anne-Marie", "O'Brien", "Annemarie", "OBrien")]
    [InlineData("Anne Marie", "O’Brien", "Anne-Marie", "O Brien")]
    [InlineData("Mohammed", "Khan", "Muhammad", "Khan")]
    [InlineData("Mohamed", "Ali", "Ali", "Mohammad")]
    [InlineData("Sarah", "Jones", "Jones", "Sarah")]
    [InlineData("Fatma", "Yılmaz", "Fatima", "Yilmaz")]
    [InlineData("محمد", "علي", "محمد", "علي")]
    [InlineData("李", "小龙", "小龙", "李")]
    public void The_same_name_written_differently_has_the_same_key(string given, string family, string otherGiven, string otherFamily) =>
        NameKey.For(given, family).ShouldBe(NameKey.For(otherGiven, otherFamily));

    [Theory]
    [InlineData("Sarah", "Jones", "Sara", "James")]
    [InlineData("Emma", "Smith", "Emily", "Smith")]
    [InlineData("Lucja", "Nowak", "Lucja", "Nowakowska")]
    public void Different_names_have_different_keys(string given, string family, string otherGiven, string otherFamily) =>
        NameKey.For(given, family).ShouldNotBe(NameKey.For(otherGiven, otherFamily));

    [Fact]
    public void A_full_name_takes_its_last_word_as_the_family_name() =>
        NameKey.ForFullName("Lucy Anne Smith").ShouldBe(NameKey.For("Lucy Anne", "Smith"));

    [Fact]
    public void Markup_in_a_name_is_reduced_to_its_letters() =>
        NameKey.For("<script>alert(1)</script>", "Smith").ShouldBe("scriptalert1script smith");
}
