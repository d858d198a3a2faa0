using System.Net;
using ClosedXML.Excel;
using Marac.Data.Entities;
using Marac.Web.Features.Statistics.Computation;
using Marac.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Marac.Web.Tests.Statistics;

/// <summary>
/// The demo partnership's 12 months to June 2021 match what Coventry published: on the engine, the
/// dashboard and in the workbook a partnership lead downloads.
/// </summary>
[Collection(SharedAppCollection.Name)]
public sealed class DemoStatisticsTests(MaracWebFactory app, ITestOutputHelper output)
{
    private const string TwelveMonthsToJune2021 = "period=TwelveMonths&quarter=2021-Q2";

    [Fact]
    public async Task The_engine_gives_Coventrys_published_figures()
    {
        await app.WithDbAsync(db => new StatisticsCalculator(db).ComputeAsync(StatisticsPeriod.Quarter(2021, 2)));   // warm up
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var report = await app.WithDbAsync(db => new StatisticsCalculator(db).ComputeAsync(StatisticsPeriod.TwelveMonthsTo(2021, 2)));
        output.WriteLine($"12 months to June 2021 with its trend quarters: {stopwatch.ElapsedMilliseconds} ms");

        var f = report.Figures;
        f.Cases.ShouldBe(613);
        f.Repeats.ShouldBe(276);
        Math.Round(f.RepeatPercent!.Value).ShouldBe(45);
        f.Children.ShouldBe(661);
        f.Disabled.ShouldBe(23);
        f.Male.ShouldBe(6);
        report.Benchmarks.AdultFemalePopulation.ShouldBe(144_000);
        report.Benchmarks.RecommendedCasesAYear.ShouldBe(576);
        f.Sources.Values.Sum().ShouldBe(613, 1e-6);
        report.Meetings.Sum(m => m.Figures.Cases).ShouldBe(613);
        report.QuarterlyTrend.Skip(1).Sum(q => q.Figures.Cases).ShouldBe(613);
        report.Benchmarks.RepresentationRatio!.Value.ShouldBeInRange(22.0 / 26, 28.0 / 26);
    }

    [Fact]
    public async Task The_workbook_a_partnership_lead_downloads_holds_the_figures()
    {
        using var lead = app.CreateClientAs(AppRoles.PartnershipLead);
        var before = await app.LastAuditSequenceAsync();

        using var response = await lead.GetAsync($"/statistics/export?{TwelveMonthsToJune2021}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("Coventry (demo) MARAC partnership - 12 months to June 2021 - statistics.xlsx");
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var summary = workbook.Worksheet("Summary");
        Figure(summary, "Cases discussed").ShouldBe(613);
        Figure(summary, "Repeat cases").ShouldBe(276);
        Math.Round(Figure(summary, "Repeat cases", column: 3) * 100).ShouldBe(45);
        Row(summary, "Repeat cases").Cell(3).Style.NumberFormat.Format.ShouldBe("0.0%");
        Figure(summary, "Children in the household").ShouldBe(661);
        Figure(summary, "SafeLives recommended cases a year").ShouldBe(576);
        Row(summary, "SafeLives recommended cases a year").Cell(5).GetString().ShouldContain("144,000");
        var equality = workbook.Worksheet("Equality");
        Figure(equality, "Victims disabled").ShouldBe(23);
        Figure(equality, "Victims male").ShouldBe(6);
        workbook.Worksheet("Per meeting").Column(1).CellsUsed().Count(c => c.DataType == XLDataType.DateTime).ShouldBeGreaterThan(45);
        var years = workbook.Worksheet("Yearly trend");
        Figure(years, "12m to Jun 2021", column: 5).ShouldBe(613);
        years.Column(1).CellsUsed().Count(c => c.GetString().StartsWith("12m to", StringComparison.Ordinal)).ShouldBe(5);
        workbook.Worksheet("Steering group").Column(1).CellsUsed().ShouldContain(c => c.GetString() == "All agencies");
        foreach (var sheet in workbook.Worksheets)
        {
            sheet.Cell(1, 1).GetString().ShouldBe("OFFICIAL-SENSITIVE", sheet.Name);
            sheet.SheetView.SplitRow.ShouldBe(4, $"{sheet.Name}: header rows frozen");
            sheet.Column(1).Width.ShouldBeGreaterThan(10, $"{sheet.Name}: widths set");
        }
        var audit = await app.AuditEventsAfterAsync(before);
        audit.ShouldContain(e => e.Action == AuditAction.Export && e.EntityType == "Statistics" && e.Detail!.Contains("12 months to June 2021"));
    }

    [Fact]
    public async Task The_publication_workbook_hides_small_numbers_but_not_totals()
    {
        using var lead = app.CreateClientAs(AppRoles.PartnershipLead);

        using var response = await lead.GetAsync($"/statistics/export?{TwelveMonthsToJune2021}&forPublication=true");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldEndWith("statistics for publication.xlsx");
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var summary = workbook.Worksheet("Summary");
        Figure(summary, "Cases discussed").ShouldBe(613);
        Figure(summary, "Victims male").ShouldBe(6);        // 6 is not below 5
        var perMeeting = workbook.Worksheet("Per meeting");
        var hidden = perMeeting.CellsUsed().Where(c => c.GetString() == "<5").ToList();
        hidden.ShouldNotBeEmpty();
        perMeeting.CellsUsed().Where(c => c.DataType == XLDataType.Number && c.Address.ColumnNumber > 2)
            .ShouldAllBe(c => c.GetDouble() == 0 || c.GetDouble() >= 5);
        var lgbt = Row(workbook.Worksheet("Equality"), "Victims LGBT+");
        if (lgbt.Cell(2).GetString() == "<5")
        {
            lgbt.Cell(3).GetString().ShouldBe("-");
        }
    }

    [Fact]
    public async Task The_dashboard_compares_each_headline_in_plain_words()
    {
        using var lead = app.CreateClientAs(AppRoles.PartnershipLead);

        var page = await lead.GetPageAsync($"/statistics?{TwelveMonthsToJune2021}");

        var headlines = page.QuerySelectorAll(".govuk-summary-list__row").Select(r => r.TextContent.Replace('\n', ' ')).ToList();
        headlines.ShouldContain(h => h.Contains("613 cases discussed") && h.Contains("SafeLives recommends 576 a year for 144,000 adult women"));
        headlines.ShouldContain(h => h.Contains("45% repeats (276 cases)") && h.Contains("national 31%"));
        headlines.ShouldContain(h => h.Contains("661 children in the household"));
        headlines.ShouldContain(h => h.Contains("of victims disabled (23)") && h.Contains("national 10.1%"));
        headlines.ShouldContain(h => h.Contains("of victims male (6)") && h.Contains("national 6.4%"));
        page.QuerySelector("h2.govuk-heading-l")!.TextContent.ShouldContain("12 months to June 2021");
        foreach (var chart in page.QuerySelectorAll("svg"))
        {
            chart.GetAttribute("role").ShouldBe("img");
            var labelledBy = chart.GetAttribute("aria-labelledby")!.Split(' ');
            labelledBy.ShouldAllBe(id => chart.QuerySelector($"#{id}") != null);
        }
        // Cases, repeat rate and sources per quarter; sources in the period; cases per 12 months.
        page.QuerySelectorAll("svg").Length.ShouldBe(5);
        page.QuerySelector("#table-sources-per-quarter")!.TextContent.ShouldContain("Children's social care");
        page.QuerySelectorAll("#table-years tbody tr").Length.ShouldBe(5);
        page.QuerySelector("#table-years tbody tr:last-child")!.TextContent.ShouldContain("613");
        page.QuerySelector("#table-cases")!.TextContent.ShouldContain("Q2 2021");
        page.QuerySelectorAll("#table-meetings tbody tr").Length.ShouldBeGreaterThan(45);
        page.QuerySelectorAll("h3").ShouldContain(h => h.TextContent.Contains("For the steering group"));
        page.QuerySelectorAll("a[href^='/referrals']").ShouldBeEmpty();
        page.QuerySelectorAll("a[href^='/statistics/export?']").Length.ShouldBe(2);
    }

    [Fact]
    public async Task The_dashboard_opens_on_the_12_months_to_the_last_complete_quarter()
    {
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);

        var page = await coordinator.GetPageAsync("/statistics");

        var expected = StatisticsPeriod.LastCompleteQuarterBefore(Marac.Data.UkTime.Today(app.Clock));
        page.QuerySelector("h2.govuk-heading-l")!.TextContent.ShouldContain($"12 months to {expected.To:MMMM yyyy}");
    }

    [Fact]
    public async Task A_date_range_that_ends_before_it_starts_is_explained()
    {
        using var lead = app.CreateClientAs(AppRoles.PartnershipLead);

        var page = await lead.GetPageAsync("/statistics?period=Range&from=2021-06-30&to=2021-01-01");

        page.QuerySelector(".govuk-error-summary")!.TextContent.ShouldContain("The end date must be the same as or after the start date");
        page.QuerySelectorAll("svg").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_date_range_gives_the_figures_for_those_dates()
    {
        using var lead = app.CreateClientAs(AppRoles.PartnershipLead);

        var page = await lead.GetPageAsync("/statistics?period=Range&From.Day=1&From.Month=7&From.Year=2020&To.Day=30&To.Month=6&To.Year=2021");

        page.QuerySelector("h2.govuk-heading-l")!.TextContent.ShouldContain("1 July 2020 to 30 June 2021");
        page.QuerySelectorAll(".govuk-summary-list__row").First().TextContent.ShouldContain("613 cases discussed");
    }

    [Fact]
    public async Task A_partnership_lead_typing_a_case_url_is_refused()
    {
        var caseId = await app.WithDbAsync(db => db.Referrals.Where(r => r.Status == ReferralStatus.Heard).Select(r => r.Id).FirstAsync());
        using var lead = app.CreateClientAs(AppRoles.PartnershipLead);

        using var response = await lead.GetAsync($"/referrals/{caseId}");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.RedirectTarget()!.ShouldStartWith("/access-denied");
    }

    [Fact]
    public async Task Referrers_and_administrators_cannot_reach_the_statistics()
    {
        foreach (var role in new[] { AppRoles.Referrer, AppRoles.Administrator, AppRoles.AgencyRepresentative })
        {
            using var client = app.CreateClientAs(role);
            using var response = await client.GetAsync($"/statistics/export?{TwelveMonthsToJune2021}");
            response.RedirectTarget().ShouldNotBeNull().ShouldStartWith("/access-denied");
        }
    }

    private static IXLRow Row(IXLWorksheet sheet, string label) =>
        sheet.Column(1).CellsUsed().Single(c => c.GetString() == label).WorksheetRow();

    private static double Figure(IXLWorksheet sheet, string label, int column = 2)
    {
        var cell = Row(sheet, label).Cell(column);
        cell.DataType.ShouldBe(XLDataType.Number, $"{sheet.Name}: {label} is stored as a number");
        return cell.GetDouble();
    }
}
