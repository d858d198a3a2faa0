using ClosedXML.Excel;
using Marac.Data.Entities;
using Marac.Web.Features.Statistics.Computation;
using Marac.Web.Features.Statistics.Export;
using Marac.Web.Features.Statistics.Import;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Tests.Statistics.Import;

public sealed class CaseListImporterTests : IAsyncLifetime
{
    private static readonly StatisticsPeriod Q2 = StatisticsPeriod.QuarterOf(new DateOnly(2021, 4, 1));
    private StatisticsTestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await StatisticsTestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Imported_cases_count_like_any_other_in_the_statistics_and_the_workbook()
    {
        var summary = await ImportAsync(CaseListSamples.ValidQuarter("Q"));

        summary.ShouldBe(new ImportSummary(Cases: 4, MeetingsCreated: 2, MeetingsJoined: 0, AgenciesCreated: 0, RowsLeftOut: 0));
        var report = await ReportAsync();
        // Worked by hand from CaseListSamples.ValidQuarter: two meetings (14 April, 12 May), four cases.
        report.Totals.MeetingsHeld.ShouldBe(2);
        var f = report.Figures;
        f.Cases.ShouldBe(4);
        f.Repeats.ShouldBe(2);             // row 3 by its Repeat column; row 4: V1 with P1 again within 12 months
        f.Children.ShouldBe(5);            // 2 + 0 + 3 + 0
        f.Male.ShouldBe(1);                // row 3
        f.Aged16To17.ShouldBe(1);          // row 3, aged 16 at referral (date of birth approximated from the age)
        f.Disabled.ShouldBe(1);            // row 3
        f.Lgbt.ShouldBe(1);                // row 4
        f.Minoritised.ShouldBe(1);         // row 3, Asian or Asian British: Indian
        f.EthnicityNotKnown.ShouldBe(1);   // row 4
        f.PerpetratorsAged17OrUnder.ShouldBe(1); // row 2's first perpetrator, aged 17
        f.Sources[ReferralSource.Police].ShouldBe(1.5, 1e-9);
        f.Sources[ReferralSource.Idva].ShouldBe(0.5, 1e-9);
        f.Sources[ReferralSource.ChildrensSocialCare].ShouldBe(1, 1e-9);
        f.Sources[ReferralSource.Other].ShouldBe(1, 1e-9);

        using var workbook = new XLWorkbook(new MemoryStream(StatisticsWorkbook.Build(report, forPublication: false)));
        var sheet = workbook.Worksheet("Summary");
        Figure(sheet, "Cases discussed").ShouldBe(4);
        Figure(sheet, "Repeat cases").ShouldBe(2);
        Figure(sheet, "Children in the household").ShouldBe(5);
    }

    [Fact]
    public async Task A_meeting_on_the_same_day_is_joined_and_missing_categories_get_a_placeholder()
    {
        await ImportAsync(CaseListSamples.ValidQuarter("A"));
        await using (var db = _database.NewContext())
        {
            db.Agencies.RemoveRange(db.Agencies.Where(a => a.SourceCategory == ReferralSource.Education));
            await db.SaveChangesAsync();
        }

        var summary = await ImportAsync(
        [
            CaseListSamples.Header,
            "2021-04-14,B-1,2021-04-02,Education,BV1,BP1,Female,,30,Not known,No,No,0,,,",
        ]);

        summary.MeetingsJoined.ShouldBe(1);
        summary.MeetingsCreated.ShouldBe(0);
        summary.AgenciesCreated.ShouldBe(1);
        await using var check = _database.NewContext();
        var placeholder = await check.Agencies.SingleAsync(a => a.SourceCategory == ReferralSource.Education);
        (placeholder.Name, placeholder.IsActive, placeholder.IsCoreMember).ShouldBe(("Imported: Education", false, false));
        (await check.Meetings.CountAsync()).ShouldBe(2);
        (await check.Referrals.CountAsync(r => r.IsImported && r.Status == ReferralStatus.Heard)).ShouldBe(5);
        (await check.AuditEvents.CountAsync(e => e.EntityType == "Import")).ShouldBe(2);
        (await ReportAsync()).Figures.Cases.ShouldBe(5);
    }

    [Fact]
    public async Task Imported_rows_read_back_through_the_model_as_if_saved_one_by_one()
    {
        // An earlier referral of the same victim and perpetrator, saved the ordinary way, 3 months before.
        var cases = new CaseSet(_database);
        await cases.ReferralOnlyAsync(new TestCase
        {
            ReferralDate = new DateOnly(2021, 1, 5), VictimSubject = ImportSubjectIds.Victim("QV1"),
            PerpetratorSubjects = [ImportSubjectIds.Perpetrator("QP1")], Status = ReferralStatus.Accepted,
        });
        var progress = new List<int>();

        await using (var db = _database.NewContext())
        {
            var check = await new CaseListChecker(db).CheckAsync(CaseListSamples.Csv(CaseListSamples.ValidQuarter("Q")));
            await new CaseListImporter(db, TimeProvider.System).ImportAsync(check.Valid, 0, progress: new Collect(progress));
        }

        progress.ShouldBe([4]);
        await using var read = _database.NewContext();
        var referral = await read.Referrals.AsNoTracking()
            .Include(r => r.Victim).Include(r => r.Perpetrators).ThenInclude(p => p.Person).Include(r => r.ReferringAgencies).Include(r => r.AgendaItems)
            .SingleAsync(r => r.Reference == "Q-1");
        referral.Victim.SubjectId.ShouldBe(ImportSubjectIds.Victim("QV1"));
        referral.Victim.NameKey.ShouldNotBeEmpty();
        referral.Victim.Version.ShouldNotBe(Guid.Empty);
        referral.Perpetrators.Single().Person.SubjectId.ShouldBe(ImportSubjectIds.Perpetrator("QP1"));
        referral.ReferringAgencies.Count.ShouldBe(1);
        referral.Victim.DateOfBirth.ShouldBe(new DateOnly(1990, 1, 1));
        referral.ReferralDate.ShouldBe(new DateOnly(2021, 4, 1));
        referral.AgendaItems.Single().Status.ShouldBe(AgendaItemStatus.Heard);
        (referral.IsImported, referral.Status).ShouldBe((true, ReferralStatus.Heard));
        // The repeat rule finds the earlier referral saved the ordinary way: 2 repeats in the quarter become 3.
        (await ReportAsync()).Figures.Repeats.ShouldBe(3);
    }

    private sealed class Collect(List<int> values) : IProgress<int>
    {
        public void Report(int value) => values.Add(value);
    }

    [Fact]
    public void The_same_pseudonymous_id_is_always_the_same_subject()
    {
        ImportSubjectIds.Victim("V1").ShouldBe(ImportSubjectIds.Victim("V1"));
        ImportSubjectIds.Victim("V1").ShouldNotBe(ImportSubjectIds.Perpetrator("V1"));
        ImportSubjectIds.Victim("V1").ToString()[14].ShouldBe('8');
    }

    private async Task<ImportSummary> ImportAsync(string[] lines)
    {
        await using var db = _database.NewContext();
        var check = await new CaseListChecker(db).CheckAsync(CaseListSamples.Csv(lines));
        check.Problems.ShouldBeEmpty();
        return await new CaseListImporter(db, TimeProvider.System).ImportAsync(check.Valid, 0);
    }

    private async Task<StatisticsReport> ReportAsync()
    {
        await using var db = _database.NewContext();
        return await new StatisticsCalculator(db).ComputeAsync(Q2);
    }

    private static double Figure(IXLWorksheet sheet, string label) =>
        sheet.Column(1).CellsUsed().Single(c => c.GetString() == label).WorksheetRow().Cell(2).GetDouble();
}
