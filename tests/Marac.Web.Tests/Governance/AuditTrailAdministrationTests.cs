using ClosedXML.Excel;
using Marac.Data.Entities;
using Marac.Web.Tests.Infrastructure;
using static Marac.Web.Tests.Administration.AdminTestData;

namespace Marac.Web.Tests.Governance;

[Collection(SharedAppCollection.Name)]
public sealed class AuditTrailAdministrationTests(MaracWebFactory app)
{
    private const string Formula = "=HYPERLINK(\"http://example.org\",\"Open\")";

    /// <summary>An event whose record type and detail would run as formulas in a spreadsheet, under a referral id of its own.</summary>
    private async Task<int> FormulaEventAsync()
    {
        var referralId = Random.Shared.Next(900_000, 999_999);
        await app.WithDbAsync(async db =>
        {
            db.RecordAudit(AuditAction.Refused, Formula, referralId: referralId, detail: "+44 cmd|' /C calc'!A0", outcome: "@SUM(1)");
            await db.SaveChangesAsync();
        });
        return referralId;
    }

    [Fact]
    public async Task An_administrator_filters_the_trail_by_referral_and_action()
    {
        var referralId = await FormulaEventAsync();
        using var admin = app.Administrator();

        var page = await admin.GetPageAsync($"/governance/audit?Filter.ReferralId={Id(referralId)}&Filter.Action=Refused");

        page.QuerySelector("#audit-events caption")!.TextContent.ShouldContain("1 event");
        page.QuerySelector("#audit-events tbody")!.TextContent.ShouldContain(Formula);
    }

    [Fact]
    public async Task An_end_date_before_the_start_date_gets_a_message_by_the_field()
    {
        using var admin = app.Administrator();

        var page = await admin.GetPageAsync("/governance/audit?Filter.From.Day=2&Filter.From.Month=3&Filter.From.Year=2025&Filter.To.Day=1&Filter.To.Month=3&Filter.To.Year=2025");

        page.FieldError("Filter_To").ShouldBe("The end date must be the same as or after the start date");
    }

    [Fact]
    public async Task The_csv_export_neutralises_formula_cells_and_is_audited()
    {
        var referralId = await FormulaEventAsync();
        using var admin = app.Administrator();
        var before = await app.LastAuditSequenceAsync();

        using var response = await admin.GetAsync($"/governance/audit/export?Format=csv&Filter.ReferralId={Id(referralId)}");

        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2);
        lines[1].ShouldContain("\"'=HYPERLINK(\"\"http://example.org\"\",\"\"Open\"\")\"");
        lines[1].ShouldContain("'+44 cmd");
        lines[1].ShouldContain("'@SUM(1)");
        (await app.AuditEventsAfterAsync(before)).ShouldContain(e => e.Action == AuditAction.Export && e.EntityType == "AuditTrail" && e.Detail == "csv; filter:ReferralId");
    }

    [Fact]
    public async Task The_excel_export_neutralises_formula_cells_and_stores_them_as_text()
    {
        var referralId = await FormulaEventAsync();
        using var admin = app.Administrator();

        using var response = await admin.GetAsync($"/governance/audit/export?Format=xlsx&Filter.ReferralId={Id(referralId)}");

        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet(1);
        sheet.Cell(1, 1).GetString().ShouldBe("OFFICIAL-SENSITIVE");
        sheet.Cell(2, 6).GetString().ShouldBe("Record type");
        var recordType = sheet.Cell(3, 6);
        recordType.HasFormula.ShouldBeFalse();
        recordType.GetString().ShouldBe("'" + Formula);
        sheet.Cell(3, 9).GetString().ShouldStartWith("'+44");
        sheet.Cell(3, 12).GetString().ShouldBe("'@SUM(1)");
        sheet.CellsUsed().ShouldAllBe(c => !c.HasFormula);
    }

    [Fact]
    public async Task Checking_the_chain_says_it_is_intact()
    {
        using var admin = app.Administrator();

        using var response = await admin.SubmitMainFormAsync("/governance/audit/verify");

        var page = await response.ShouldRedisplayAsync();
        page.QuerySelector("#verify-result")!.TextContent.ShouldContain("The audit trail is intact");
    }

    [Fact]
    public async Task The_retention_page_shows_counts_and_no_case_content()
    {
        using var admin = app.Administrator();

        var page = await admin.GetPageAsync("/governance/retention");

        page.QuerySelector("#retention-summary")!.TextContent.ShouldContain("years after the last meeting that heard the case");
        page.QuerySelectorAll("table").ShouldBeEmpty();
    }
}
