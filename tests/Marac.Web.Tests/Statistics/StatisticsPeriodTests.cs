using Marac.Web.Features.Statistics.Computation;

namespace Marac.Web.Tests.Statistics;

public sealed class StatisticsPeriodTests
{
    [Fact]
    public void A_quarter_is_a_calendar_quarter()
    {
        var q2 = StatisticsPeriod.Quarter(2021, 2);

        (q2.From, q2.To).ShouldBe((new DateOnly(2021, 4, 1), new DateOnly(2021, 6, 30)));
        q2.Months.ShouldBe(3);
        q2.ShortLabel.ShouldBe("Q2 2021");
    }

    [Fact]
    public void Twelve_months_to_June_2021_runs_from_1_July_2020_to_30_June_2021()
    {
        var year = StatisticsPeriod.TwelveMonthsTo(2021, 2);

        (year.From, year.To).ShouldBe((new DateOnly(2020, 7, 1), new DateOnly(2021, 6, 30)));
        year.Months.ShouldBe(12);
        year.Label.ShouldBe("12 months to June 2021");
        year.StartsAt.ShouldBe(new DateTime(2020, 7, 1));
        year.EndsBefore.ShouldBe(new DateTime(2021, 7, 1));
    }

    [Fact]
    public void The_trend_is_the_last_quarter_and_the_four_before_it()
    {
        var trend = StatisticsPeriod.TwelveMonthsTo(2021, 2).TrendQuarters();

        trend.Select(q => q.ShortLabel).ShouldBe(["Q2 2020", "Q3 2020", "Q4 2020", "Q1 2021", "Q2 2021"]);
    }

    [Fact]
    public void The_default_is_the_last_complete_quarter()
    {
        StatisticsPeriod.LastCompleteQuarterBefore(new DateOnly(2026, 11, 23)).ShortLabel.ShouldBe("Q3 2026");
        StatisticsPeriod.LastCompleteQuarterBefore(new DateOnly(2026, 1, 1)).ShortLabel.ShouldBe("Q4 2025");
    }

    [Fact]
    public void A_date_range_of_part_months_is_measured_in_days()
    {
        var range = StatisticsPeriod.Range(new DateOnly(2024, 1, 15), new DateOnly(2024, 2, 14));

        range.Months.ShouldBe(31 / 30.4375, 1e-9);
        Should.Throw<ArgumentException>(() => StatisticsPeriod.Range(new DateOnly(2024, 2, 1), new DateOnly(2024, 1, 1)));
    }
}
