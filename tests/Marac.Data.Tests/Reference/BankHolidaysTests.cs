using Marac.Data.Reference;

namespace Marac.Data.Tests.Reference;

public class BankHolidaysTests
{
    private static List<string> DatesOf(int year) =>
        BankHolidays.For(year).Select(h => h.Date.ToString("yyyy-MM-dd")).ToList();

    [Fact]
    public void Year2020_moves_the_early_May_holiday_to_VE_day()
    {
        DatesOf(2020).ShouldBe(
        [
            "2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28",
        ]);
        BankHolidays.For(2020).Single(h => h.Date == new DateOnly(2020, 12, 28)).Name.ShouldBe("Boxing Day (substitute day)");
    }

    [Fact]
    public void Year2021_substitutes_both_Christmas_days()
    {
        DatesOf(2021).ShouldBe(
        [
            "2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28",
        ]);
    }

    [Fact]
    public void Year2022_has_the_jubilee_and_the_state_funeral()
    {
        DatesOf(2022).ShouldBe(
        [
            "2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29",
            "2022-09-19", "2022-12-26", "2022-12-27",
        ]);
        BankHolidays.For(2022).Single(h => h.Date == new DateOnly(2022, 12, 27)).Name.ShouldBe("Christmas Day (substitute day)");
    }

    [Fact]
    public void Year2023_has_the_coronation()
    {
        DatesOf(2023).ShouldBe(
        [
            "2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28",
            "2023-12-25", "2023-12-26",
        ]);
    }

    [Fact]
    public void Year2025_is_the_ordinary_eight()
    {
        DatesOf(2025).ShouldBe(
        [
            "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26",
        ]);
    }

    [Theory]
    [InlineData(2015, 4, 5)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2026, 4, 5)]
    [InlineData(2035, 3, 25)]
    public void Easter_is_computed(int year, int month, int day) =>
        BankHolidays.EasterSunday(year).ShouldBe(new DateOnly(year, month, day));

    [Fact]
    public void Covers_2015_to_2035_without_duplicates_or_weekends()
    {
        BankHolidays.All.First().Date.ShouldBe(new DateOnly(2015, 1, 1));
        BankHolidays.All.Last().Date.ShouldBe(new DateOnly(2035, 12, 26));
        BankHolidays.All.Select(h => h.Date).Distinct().Count().ShouldBe(BankHolidays.All.Count);
        BankHolidays.All.ShouldAllBe(h => h.Date.DayOfWeek != DayOfWeek.Saturday && h.Date.DayOfWeek != DayOfWeek.Sunday);
        BankHolidays.All.ShouldAllBe(h => !string.IsNullOrWhiteSpace(h.Name));
    }
}
