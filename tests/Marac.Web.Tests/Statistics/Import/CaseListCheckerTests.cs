using System.Diagnostics;
using Marac.Data.Entities;
using Marac.Web.Features.Statistics.Import;

namespace Marac.Web.Tests.Statistics.Import;

public sealed class CaseListCheckerTests : IAsyncLifetime
{
    private StatisticsTestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await StatisticsTestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Every_bad_row_is_reported_with_its_row_column_and_reason()
    {
        var check = await CheckAsync(CaseListSamples.Csv(CaseListSamples.BadRows("B")));

        check.Valid.Select(c => c.Row).ShouldBe([2]);
        check.RejectedRows.OrderBy(r => r).ShouldBe([3, 4, 5, 6, 7, 8]);
        ProblemAt(check, 3, "ReferringAgencies").ShouldContain("\"Neighbourhood Watch\" is not one");
        ProblemAt(check, 4, "MeetingDate").ShouldBe("MeetingDate is not a real date");
        ProblemAt(check, 5, "CaseReference").ShouldBe("CaseReference is missing");
        ProblemAt(check, 6, "CaseReference").ShouldBe("CaseReference is also on row 2");
        ProblemAt(check, 7, "ChildrenInHousehold").ShouldBe("ChildrenInHousehold must be a whole number");
        ProblemAt(check, 8, "ChildrenInHousehold").ShouldContain("formula");
        check.AllValid.ShouldBeFalse();
    }

    [Fact]
    public async Task A_workbook_is_read_with_its_dates_shared_strings_and_formulas()
    {
        var check = await CheckAsync(CaseListSamples.Workbook("X"));

        var row = check.Valid.ShouldHaveSingleItem();
        row.MeetingDate.ShouldBe(new DateOnly(2010, 3, 10));
        row.ReferralDate.ShouldBe(new DateOnly(2010, 3, 1));
        row.Sources.ShouldBe([ReferralSource.Police, ReferralSource.SecondaryCare]);
        row.VictimEthnicity.ShouldBe(Ethnicity.WhiteBritish);
        row.ChildrenInHousehold.ShouldBe(2);
        row.VictimDateOfBirth.ShouldBe(new DateOnly(1979, 9, 1));
        ProblemAt(check, 3, "ChildrenInHousehold").ShouldContain("formula");
        ProblemAt(check, 4, "ReferralDate").ShouldBe("ReferralDate is missing");
    }

    [Fact]
    public async Task Quoted_csv_fields_keep_their_commas_quotes_and_line_breaks()
    {
        var rows = CsvRowReader.Read(CaseListSamples.Csv("a,\"b, c\",\"say \"\"hi\"\"\",\"two\nlines\"", "d")).ToList();

        rows[0].Cells.Select(c => c.Text).ShouldBe(["a", "b, c", "say \"hi\"", "two\nlines"]);
        rows[1].Number.ShouldBe(2);
    }

    [Fact]
    public async Task A_reference_already_in_Marac_is_refused()
    {
        var p = CaseListSamples.NewPrefix();
        await using (var db = _database.NewContext())
        {
            await new CaseListImporter(db, TimeProvider.System).ImportAsync((await CheckAsync(CaseListSamples.Csv(CaseListSamples.ValidQuarter(p)))).Valid, 0);
        }

        var again = await CheckAsync(CaseListSamples.Csv(CaseListSamples.ValidQuarter(p)));

        again.Valid.ShouldBeEmpty();
        ProblemAt(again, 2, "CaseReference").ShouldBe("CaseReference is already used by a case in Marac");
    }

    [Fact]
    public async Task Unknown_and_missing_columns_are_reported()
    {
        var check = await CheckAsync(CaseListSamples.Csv("MeetingDate,CaseReference,Postcode", "2010-01-01,A,CV1 1AA"));

        check.UnknownColumns.ShouldBe(["Postcode"]);
        check.FileRejected.ShouldBeTrue();
        check.Problems.ShouldContain(p => p.Reason == "The file has no ReferralDate column");
    }

    [Fact]
    public async Task A_renamed_executable_is_refused_by_its_content()
    {
        var check = await CheckAsync(CaseListSamples.Executable());

        check.FileRejected.ShouldBeTrue();
        check.Problems.ShouldHaveSingleItem().Reason.ShouldBe(CaseListFile.NotRecognised);
    }

    [Fact]
    public async Task Fifty_megabytes_of_junk_is_refused_without_reading_it()
    {
        var path = Path.GetTempFileName();
        try
        {
            await using (var junk = File.OpenWrite(path))
            {
                junk.SetLength(50L * 1024 * 1024);
            }
            var timer = Stopwatch.StartNew();
            await using var file = File.OpenRead(path);

            var check = await CheckAsync(file);

            timer.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(1));
            check.Problems.ShouldHaveSingleItem().Reason.ShouldBe(CaseListFile.TooLarge);
            file.Position.ShouldBe(0);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_zip_that_is_not_a_workbook_is_refused_with_a_message()
    {
        var check = await CheckAsync(new MemoryStream([0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]));

        check.FileRejected.ShouldBeTrue();
        check.Problems.ShouldHaveSingleItem().Reason.ShouldStartWith("The selected file could not be read");
    }

    private async Task<CaseListCheck> CheckAsync(Stream file)
    {
        await using var db = _database.NewContext();
        return await new CaseListChecker(db).CheckAsync(file);
    }

    private static string ProblemAt(CaseListCheck check, int row, string column) =>
        check.Problems.Where(p => p.Row == row && p.Column == column).ShouldHaveSingleItem().Reason;
}
