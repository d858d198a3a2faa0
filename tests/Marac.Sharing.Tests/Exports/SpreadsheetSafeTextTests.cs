using Marac.Sharing.Exports;

namespace Marac.Sharing.Tests.Exports;

public sealed class SpreadsheetSafeTextTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("=HYPERLINK(\"http://example.org\",\"Click\")", "'=HYPERLINK(\"http://example.org\",\"Click\")")]
    [InlineData("+44 7700 900123", "'+44 7700 900123")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "'\r=1+1")]
    public void Text_a_spreadsheet_would_run_gets_a_leading_apostrophe(string value, string expected) =>
        SpreadsheetSafeText.Neutralise(value).ShouldBe(expected);

    [Theory]
    [InlineData("")]
    [InlineData("Lucy Smith")]
    [InlineData("M-2024-0012")]
    [InlineData("a=b")]
    [InlineData("-5")]
    [InlineData("+3.25")]
    [InlineData("42")]
    [InlineData("'already quoted")]
    public void Ordinary_text_and_plain_numbers_are_left_alone(string value) =>
        SpreadsheetSafeText.Neutralise(value).ShouldBe(value);

    [Fact]
    public void Null_becomes_empty() => SpreadsheetSafeText.Neutralise(null).ShouldBe("");

    [Fact]
    public void Needs_neutralising_says_whether_the_value_would_change()
    {
        SpreadsheetSafeText.NeedsNeutralising("=1").ShouldBeTrue();
        SpreadsheetSafeText.NeedsNeutralising("-1").ShouldBeFalse();
        SpreadsheetSafeText.NeedsNeutralising("ok").ShouldBeFalse();
    }
}
