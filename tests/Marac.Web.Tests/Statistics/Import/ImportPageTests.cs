using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using Marac.Data.Entities;
using Marac.Web.Features.Statistics.Import;
using Marac.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Tests.Statistics.Import;

/// <summary>The upload, preview and import pages, on the shared demo app (cases dated 2010, before the demo's history).</summary>
[Collection(SharedAppCollection.Name)]
public sealed class ImportPageTests(MaracWebFactory app)
{
    private const string Url = "/statistics/import";

    [Fact]
    public async Task A_file_with_bad_rows_is_previewed_with_every_problem_and_nothing_is_half_imported()
    {
        var p = CaseListSamples.NewPrefix();
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);

        using var response = await UploadAsync(coordinator, CaseListSamples.Csv(CaseListSamples.BadRows(p)), "cases.csv");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var preview = await HtmlPages.ParseAsync(response);
        var problems = preview.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        problems.ShouldContain(t => t.Contains('3') && t.Contains("Neighbourhood Watch"));
        problems.ShouldContain(t => t.Contains("MeetingDate is not a real date"));
        problems.ShouldContain(t => t.Contains("CaseReference is missing"));
        problems.ShouldContain(t => t.Contains("CaseReference is also on row 2"));
        problems.ShouldContain(t => t.Contains("ChildrenInHousehold must be a whole number"));
        problems.ShouldContain(t => t.Contains("formula"));
        preview.QuerySelector("form[action$='handler=Import']").ShouldBeNull();

        using var forced = await coordinator.SubmitFormAsync(preview, Url, formSelector: "form[action$='handler=Rejected']", action: Url + "?handler=Import");
        (await HtmlPages.ParseAsync(forced)).QuerySelector(".govuk-error-summary")!.TextContent.ShouldContain("Nothing was imported");
        (await CasesAsync(p)).ShouldBe(0);

        using var rejected = await coordinator.SubmitFormAsync(preview, Url, formSelector: "form[action$='handler=Rejected']");
        rejected.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var csv = await rejected.Content.ReadAsStringAsync();
        csv.TrimStart('\uFEFF').ShouldStartWith("Row,Reason,MeetingDate");
        csv.ShouldContain($"4,MeetingDate is not a real date,2010-02-31,{p}-date");
        csv.ShouldContain("'=1+1");
        csv.ShouldNotContain($"{p}-ok,2010-03-01,Police,{p}V1");

        using var imported = await coordinator.SubmitFormAsync(preview, Url, formSelector: "form[action$='handler=ImportValid']");
        (await HtmlPages.ParseAsync(imported)).QuerySelector(".govuk-panel__title")!.TextContent.ShouldBe("1 case imported");
        (await CasesAsync(p)).ShouldBe(1);
    }

    [Fact]
    public async Task The_page_can_ask_how_far_its_import_has_got_and_no_one_else_can()
    {
        var p = CaseListSamples.NewPrefix();
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);
        using var uploaded = await UploadAsync(coordinator, CaseListSamples.Csv(CaseListSamples.ValidQuarter(p).Select(l => l.Replace("2021-", "2009-")).ToArray()), "cases.csv");
        var preview = await HtmlPages.ParseAsync(uploaded);
        var form = preview.QuerySelector("form[action$='handler=Import']")!;
        var progressId = form.QuerySelector("input[name=ProgressId]")!.GetAttribute("value")!;
        preview.QuerySelector("#import-progress[role=status]").ShouldNotBeNull();
        preview.QuerySelector("script[src^='/js/import-progress.js']").ShouldNotBeNull();

        using var imported = await coordinator.SubmitFormAsync(preview, Url, formSelector: "form[action$='handler=Import']");

        (await HtmlPages.ParseAsync(imported)).QuerySelector(".govuk-panel__title")!.TextContent.ShouldBe("4 cases imported");
        var status = await coordinator.GetStringAsync($"{Url}?handler=Progress&id={progressId}");
        status.ShouldContain("\"text\":\"Saving cases: 4 of 4\"");
        status.ShouldContain("\"done\":4");
        using var administrator = app.CreateClientAs(AppRoles.Administrator);
        (await administrator.GetStringAsync($"{Url}?handler=Progress&id={progressId}")).ShouldContain("\"text\":null");
        using var lead = app.CreateClientAs(AppRoles.PartnershipLead);
        using var refused = await lead.GetAsync($"{Url}?handler=Progress&id={progressId}");
        refused.RedirectTarget().ShouldNotBeNull().ShouldStartWith("/access-denied");
    }

    [Fact]
    public async Task Fifty_megabytes_of_junk_is_refused_with_a_message()
    {
        var path = Path.GetTempFileName();
        try
        {
            await using (var junk = File.OpenWrite(path))
            {
                junk.SetLength(50L * 1024 * 1024);
            }
            using var coordinator = app.CreateClientAs(AppRoles.Coordinator);
            await using var file = File.OpenRead(path);

            using var response = await UploadAsync(coordinator, file, "cases.csv");

            response.RedirectTarget().ShouldBe(Url + "?problem=too-large");
            var page = await coordinator.GetPageAsync(response.RedirectTarget()!);
            page.QuerySelector(".govuk-error-summary")!.TextContent.ShouldContain(CaseListFile.TooLarge);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_renamed_executable_is_refused_with_a_message()
    {
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);

        using var response = await UploadAsync(coordinator, CaseListSamples.Executable(), "cases.csv");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlPages.ParseAsync(response);
        page.QuerySelector(".govuk-error-summary")!.TextContent.ShouldContain(CaseListFile.NotRecognised);
        page.QuerySelector("#Upload-error")!.TextContent.ShouldContain(CaseListFile.NotRecognised);
    }

    [Fact]
    public async Task An_administrator_imports_a_valid_workbook_and_one_audit_event_records_the_counts()
    {
        var p = CaseListSamples.NewPrefix();
        using var administrator = app.CreateClientAs(AppRoles.Administrator);
        var before = await app.LastAuditSequenceAsync();
        using var workbook = OnlyValidRows(CaseListSamples.Workbook(p));

        using var response = await UploadAsync(administrator, workbook, "cases.xlsx");
        var preview = await HtmlPages.ParseAsync(response);
        using var imported = await administrator.SubmitFormAsync(preview, Url, formSelector: "form[action$='handler=Import']");

        (await HtmlPages.ParseAsync(imported)).QuerySelector(".govuk-panel__title")!.TextContent.ShouldBe("1 case imported");
        (await CasesAsync(p)).ShouldBe(1);
        var events = (await app.AuditEventsAfterAsync(before)).Where(e => e.EntityType == "Import").ToList();
        events.ShouldHaveSingleItem().Detail.ShouldStartWith("1 cases imported");
        events[0].Detail!.ShouldNotContain(p);
    }

    [Fact]
    public async Task A_partnership_lead_may_not_see_the_import()
    {
        using var lead = app.CreateClientAs(AppRoles.PartnershipLead);

        using var response = await lead.GetAsync(Url);

        response.RedirectTarget().ShouldNotBeNull().ShouldStartWith("/access-denied");
    }

    [Fact]
    public async Task The_command_line_imports_a_valid_file_and_refuses_a_file_with_bad_rows()
    {
        var p = CaseListSamples.NewPrefix();
        var path = Path.Combine(Path.GetTempPath(), $"{p}.csv");
        try
        {
            await File.WriteAllLinesAsync(path, CaseListSamples.BadRows(p));
            var output = new StringWriter();

            (await ImportCommand.RunAsync(app.Services, [ImportCommand.Name, path], output)).ShouldBe(1);
            output.ToString().ShouldContain("Row 4, MeetingDate: MeetingDate is not a real date");
            output.ToString().ShouldContain("Nothing was imported");
            (await CasesAsync(p)).ShouldBe(0);

            (await ImportCommand.RunAsync(app.Services, [ImportCommand.Name, path, ImportCommand.ValidRowsOnly], output)).ShouldBe(0);
            output.ToString().ShouldContain("1 cases imported");
            (await CasesAsync(p)).ShouldBe(1);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Stream file, string fileName)
    {
        var page = await client.GetPageAsync(Url);
        var content = new MultipartFormDataContent
        {
            { new StringContent(page.AntiforgeryToken()), HtmlPages.AntiforgeryField },
        };
        var fileContent = new StreamContent(file);
        fileContent.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(fileContent, "Upload", fileName);
        return await client.PostAsync(Url, content);
    }

    /// <summary>The sample workbook less its two bad rows.</summary>
    private static MemoryStream OnlyValidRows(MemoryStream workbook)
    {
        using var book = new ClosedXML.Excel.XLWorkbook(workbook);
        book.Worksheet(1).Rows(3, 4).Delete();
        var stream = new MemoryStream();
        book.SaveAs(stream);
        stream.Position = 0;
        return stream;
    }

    private Task<int> CasesAsync(string prefix) =>
        app.WithDbAsync(db => db.Referrals.CountAsync(r => r.IsImported && r.Reference.StartsWith(prefix)));
}
