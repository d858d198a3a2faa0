using Marac.Web.Features.Statistics.Computation;

namespace Marac.Web.Tests.Statistics;

public sealed class SmallNumberSuppressionTests
{
    [Theory]
    [InlineData(0, false)]     // nothing to protect: 0 is shown
    [InlineData(1, true)]
    [InlineData(4, true)]
    [InlineData(4.5, true)]    // fractional source counts are suppressed too
    [InlineData(0.5, true)]
    [InlineData(5, false)]     // the threshold itself is shown
    [InlineData(613, false)]
    public void Counts_above_0_and_below_5_are_hidden(double count, bool hidden)
    {
        var suppression = new SmallNumberSuppression(5);

        suppression.Hides(count).ShouldBe(hidden);
        suppression.HiddenCount.ShouldBe("<5");
    }

    [Fact]
    public void The_threshold_is_configurable()
    {
        var suppression = new SmallNumberSuppression(10);

        suppression.Hides(7).ShouldBeTrue();
        suppression.Hides(10).ShouldBeFalse();
        suppression.HiddenCount.ShouldBe("<10");
    }
}
