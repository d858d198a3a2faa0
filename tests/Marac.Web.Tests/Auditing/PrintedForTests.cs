using System.IO.Compression;
using System.Xml.Linq;
using Marac.Data;
using Marac.Data.Demo;
using Marac.Data.Entities;
using Marac.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Tests.Auditing;

/// <summary>A printout or download found on a printer says whose it was, and is marked OFFICIAL-SENSITIVE (issue 13).</summary>
[Collection(SharedAppCollection.Name)]
public sealed class PrintedForTests(MaracWebFactory app)
{
    [Fact]
    public async Task A_print_view_says_who_it_was_printed_for_and_when()
    {
        var meetingId = await app.WithDbAsync(db => db.Meetings.Where(m => m.Status == MeetingStatus.Scheduled).Select(m => m.Id).FirstAsync());
        using var coordinator = app.CreateClientAs(DemoPartnership.CoordinatorObjectId);

        var page = await coordinator.GetPageAsync($"/meetings/{meetingId}/print");

        var printedFor = page.QuerySelector("#printed-for")!.TextContent;
        printedFor.ShouldStartWith("Printed for Cara Exampleton, Coventry MARAC team, ");
        printedFor.ShouldContain(UkTime.Today(app.Clock).ToString("d MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
    }

    [Fact]
    public async Task Every_sheet_of_a_downloaded_workbook_carries_the_marking_and_who_it_was_for()
    {
        using var lead = app.CreateClientAs(DemoPartnership.PartnershipLeadObjectId);
        using var response = await lead.GetAsync("/statistics/export?period=TwelveMonths&quarter=2021-Q2");
        response.EnsureSuccessStatusCode();

        // What Excel prints: each sheet's header and footer as stored in the file.
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheets = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)).ToList();
        sheets.ShouldNotBeEmpty();
        foreach (var sheet in sheets)
        {
            using var reader = new StreamReader(sheet.Open());
            var xml = XDocument.Parse(await reader.ReadToEndAsync());
            var ns = xml.Root!.Name.Namespace;
            xml.Descendants(ns + "oddHeader").Single().Value.ShouldContain("OFFICIAL-SENSITIVE", customMessage: sheet.FullName);
            xml.Descendants(ns + "oddFooter").Single().Value.ShouldContain("OFFICIAL-SENSITIVE. Printed for Rowan Demoford, Coventry MARAC team, ", customMessage: sheet.FullName);
        }
    }
}
