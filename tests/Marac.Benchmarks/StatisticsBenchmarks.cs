using System.Globalization;
using BenchmarkDotNet.Attributes;
using Marac.Data.Entities;
using Marac.Data.Providers;
using Marac.Web.Features.Statistics.Computation;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Marac.Benchmarks;

/// <summary>
/// Statistics at national scale: 1,000,000 cases heard at 520 weekly meetings over ten years (about
/// 100,000 a year, the UK's yearly total), one victim in five referred again with the same perpetrator.
/// The engine's 12-month figures beside a hand-written SQL aggregate of the same measures.
/// </summary>
[MemoryDiagnoser]
public class StatisticsBenchmarks
{
    public const int Cases = 1_000_000;
    public const int Meetings = 520;
    private static readonly string DatabasePath = Path.Combine(Path.GetTempPath(), $"marac-bench-statistics-{Cases}.db");
    private static readonly StatisticsPeriod TwelveMonths = StatisticsPeriod.TwelveMonthsTo(2021, 2);

    [GlobalSetup]
    public void Setup() => NationalScaleDatabase.EnsureCreated(DatabasePath);

    [Benchmark(Description = "12-month statistics, 1,000,000 cases: the engine's per-meeting aggregates (MeetingFiguresQuery)")]
    public async Task<int> EngineTwelveMonths()
    {
        await using var db = NewContext();
        var meetings = await new MeetingFiguresQuery(db, StatisticsOptions.Default).RunAsync(TwelveMonths.StartsAt, TwelveMonths.EndsBefore);
        return CaseFigures.Total(meetings.Select(m => m.Figures)).Cases;
    }

    [Benchmark(Baseline = true, Description = "12-month statistics, 1,000,000 cases: hand-written SQL aggregate")]
    public int HandWrittenSql()
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = HandWrittenAggregate;
        command.Parameters.AddWithValue("$from", TwelveMonths.StartsAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$to", TwelveMonths.EndsBefore.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        using var reader = command.ExecuteReader();
        var cases = 0;
        while (reader.Read())
        {
            cases += reader.GetInt32(1);
        }
        return cases;
    }

    [Benchmark(Description = "Dashboard report, 1,000,000 cases: 12 months with 5 trend quarters, 5 trend years and the steering group (StatisticsCalculator)")]
    public async Task<int> WholeReport()
    {
        await using var db = NewContext();
        var report = await new StatisticsCalculator(db).ComputeAsync(TwelveMonths);
        return report.Figures.Cases;
    }

    private static SqliteMaracDbContext NewContext() =>
        new(new DbContextOptionsBuilder<SqliteMaracDbContext>().UseSqlite($"Data Source={DatabasePath}").Options);

    /// <summary>
    /// The same measures per meeting as the engine, written by hand: cases and equality counts, repeats
    /// (the repeat rule as a correlated EXISTS), children, young perpetrators, and sources with 1/k shares.
    /// </summary>
    public const string HandWrittenAggregate = """
        WITH heard AS (
            SELECT i.MeetingId, r.Id AS ReferralId, r.ReferralDate, r.ImportedChildrenCount, r.RepeatOverride,
                   v.SubjectId AS VictimSubject, v.DateOfBirth, v.Gender, v.Ethnicity, v.Disabled, v.Lgbt
            FROM AgendaItems i
            JOIN Meetings m ON m.Id = i.MeetingId
            JOIN Referrals r ON r.Id = i.ReferralId
            JOIN People v ON v.Id = r.VictimId
            WHERE i.Status = 1 AND m.StartsAt >= $from AND m.StartsAt < $to
        ),
        sources AS (
            SELECT h.MeetingId, h.ReferralId, a.SourceCategory
            FROM heard h JOIN ReferralAgencies ra ON ra.ReferralId = h.ReferralId JOIN Agencies a ON a.Id = ra.AgencyId
            GROUP BY h.MeetingId, h.ReferralId, a.SourceCategory
        ),
        shares AS (
            SELECT s.MeetingId, SUM(CASE WHEN s.SourceCategory <> 1 THEN 1.0 / k.K ELSE 0 END) AS Partner
            FROM sources s JOIN (SELECT ReferralId, COUNT(*) AS K FROM sources GROUP BY ReferralId) k ON k.ReferralId = s.ReferralId
            GROUP BY s.MeetingId
        )
        SELECT h.MeetingId,
               COUNT(*) AS Cases,
               SUM(CASE WHEN COALESCE(h.RepeatOverride, EXISTS (
                   SELECT 1 FROM Referrals e JOIN People ev ON ev.Id = e.VictimId
                   WHERE ev.SubjectId = h.VictimSubject AND e.Id <> h.ReferralId AND e.Status IN (1, 2, 5)
                     AND e.ReferralDate < h.ReferralDate AND e.ReferralDate >= date(h.ReferralDate, '-12 months')
                     AND EXISTS (SELECT 1 FROM ReferralPerpetrators ep JOIN People epp ON epp.Id = ep.PersonId
                                 JOIN ReferralPerpetrators rp ON rp.ReferralId = h.ReferralId JOIN People rpp ON rpp.Id = rp.PersonId
                                 WHERE ep.ReferralId = e.Id AND epp.SubjectId = rpp.SubjectId))) THEN 1 ELSE 0 END) AS Repeats,
               SUM(COALESCE(h.ImportedChildrenCount,
                   (SELECT COUNT(*) FROM ReferralChildren c WHERE c.ReferralId = h.ReferralId))) AS Children,
               SUM(CASE WHEN h.Ethnicity IN (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 18, 19) THEN 1 ELSE 0 END) AS Minoritised,
               SUM(CASE WHEN h.Ethnicity = 0 THEN 1 ELSE 0 END) AS EthnicityNotKnown,
               SUM(CASE WHEN h.Lgbt = 1 THEN 1 ELSE 0 END) AS Lgbt,
               SUM(CASE WHEN h.Disabled = 1 THEN 1 ELSE 0 END) AS Disabled,
               SUM(CASE WHEN h.Gender = 2 THEN 1 ELSE 0 END) AS Male,
               SUM(CASE WHEN h.DateOfBirth > date(h.ReferralDate, '-18 years') AND h.DateOfBirth <= date(h.ReferralDate, '-16 years') THEN 1 ELSE 0 END) AS Aged16To17,
               SUM((SELECT COUNT(*) FROM ReferralPerpetrators p JOIN People pp ON pp.Id = p.PersonId
                    WHERE p.ReferralId = h.ReferralId AND pp.DateOfBirth > date(h.ReferralDate, '-18 years'))) AS YoungPerpetrators,
               (SELECT Partner FROM shares s WHERE s.MeetingId = h.MeetingId) AS PartnerCases
        FROM heard h
        GROUP BY h.MeetingId
        ORDER BY h.MeetingId
        """;
}

/// <summary>
/// Builds the 1,000,000-case database once with set-based INSERT ... SELECT statements over a counter
/// (a few seconds, not an hour of entity saves), then ANALYZE, and keeps it in the temp folder.
/// </summary>
public static class NationalScaleDatabase
{
    private static readonly string Counter = $"WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {StatisticsBenchmarks.Cases - 1})";

    public static void EnsureCreated(string path)
    {
        if (File.Exists(path))
        {
            return;
        }
        var building = path + ".building";
        File.Delete(building);
        using (var db = new SqliteMaracDbContext(new DbContextOptionsBuilder<SqliteMaracDbContext>().UseSqlite($"Data Source={building};Pooling=False").Options))
        {
            db.Database.Migrate();
            db.PartnershipSettings.Add(new PartnershipSettings { PartnershipName = "National scale", AdultFemalePopulation = 25_000_000, MinoritisedPopulationPercent = 18, MaracIdvaFte = 900 });
            foreach (var source in Enum.GetValues<ReferralSource>())
            {
                db.Agencies.Add(new Agency { Name = $"{source} (benchmark)", SourceCategory = source });
            }
            db.SaveChanges();
        }
        using (var connection = new SqliteConnection($"Data Source={building};Pooling=False"))
        {
            connection.Open();
            foreach (var statement in Fill)
            {
                using var command = connection.CreateCommand();
                command.CommandText = statement;
                command.CommandTimeout = 0;
                command.ExecuteNonQuery();
            }
        }
        SqliteConnection.ClearAllPools();
        File.Move(building, path);
    }

    /// <summary>Case i: meeting i * 520 / 1,000,000; victim subject i, or i - 1000 for every fifth case (a repeat, same perpetrator).</summary>
    private static readonly string[] Fill =
    [
        "PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF", "BEGIN",
        $"""
        WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {StatisticsBenchmarks.Meetings - 1})
        INSERT INTO Meetings (StartsAt, Status, CaseCapacity, MinutesPerCase, IsImported, Version)
        SELECT strftime('%Y-%m-%d 09:30:00', '2011-07-06', '+' || (7 * i) || ' days'), 3, 2000, 1, 1, printf('00000000-0000-4000-8000-%012X', i) FROM n
        """,
        // Victims: ids 1..N (subject ids repeat for every fifth case); perpetrators: ids N+1..2N.
        $"""
        {Counter}
        INSERT INTO People (Id, SubjectId, GivenName, FamilyName, DateOfBirth, Gender, Ethnicity, Disabled, Lgbt, InterpreterNeeded, Pregnant,
            NoRecourseToPublicFunds, SafeToCall, NameKey, Version)
        SELECT i + 1, printf('%08X-0000-4000-8000-000000000001', CASE WHEN i % 5 = 4 AND i >= 1000 THEN i - 1000 ELSE i END), 'Victim', 'V' || i,
            date('1960-01-01', '+' || (i % 16000) || ' days'), CASE WHEN i % 16 = 0 THEN 2 ELSE 1 END, CASE WHEN i % 7 = 0 THEN 3 WHEN i % 31 = 0 THEN 0 ELSE 13 END,
            CASE WHEN i % 10 = 0 THEN 1 ELSE 2 END, CASE WHEN i % 60 = 0 THEN 1 ELSE 2 END, 0, 0, 0, 0, 'victim v' || i, printf('%08X-0000-4000-8000-000000000002', i)
        FROM n
        """,
        $"""
        {Counter}
        INSERT INTO People (Id, SubjectId, GivenName, FamilyName, DateOfBirth, Gender, Ethnicity, Disabled, Lgbt, InterpreterNeeded, Pregnant,
            NoRecourseToPublicFunds, SafeToCall, NameKey, Version)
        SELECT {StatisticsBenchmarks.Cases} + i + 1, printf('%08X-0000-4000-8000-000000000003', CASE WHEN i % 5 = 4 AND i >= 1000 THEN i - 1000 ELSE i END),
            'Perpetrator', 'P' || i, date('1950-01-01', '+' || (i % 26000) || ' days'), 2, 13, 0, 0, 0, 0, 0, 0, 'perpetrator p' || i, printf('%08X-0000-4000-8000-000000000004', i)
        FROM n
        """,
        $"""
        {Counter}
        INSERT INTO Referrals (Id, Reference, Status, ReferralDate, CreatedAt, SubmissionToken, ReferrerName, VictimId, ProfessionalJudgement,
            PotentialEscalation, RepeatDeclared, VictimAwareOfReferral, ConsentGiven, Flags, IsImported, ImportedChildrenCount, Version)
        SELECT i + 1, 'N-' || i, 5, date('2011-07-06', printf('%+d days', 7 * (i * {StatisticsBenchmarks.Meetings} / {StatisticsBenchmarks.Cases}) - 1 - i % 20)),
            '2011-01-01 00:00:00', printf('%08X-0000-4000-8000-000000000005', i), 'Benchmark', i + 1, 0, 0, 0, 1, 1, 0, 1, i % 3,
            printf('%08X-0000-4000-8000-000000000006', i)
        FROM n
        """,
        $"{Counter} INSERT INTO ReferralPerpetrators (ReferralId, PersonId) SELECT i + 1, {StatisticsBenchmarks.Cases} + i + 1 FROM n",
        $"{Counter} INSERT INTO ReferralAgencies (ReferralId, AgencyId) SELECT i + 1, 1 + i % 14 FROM n",
        $"{Counter} INSERT INTO ReferralAgencies (ReferralId, AgencyId) SELECT i + 1, 1 + (i + 3) % 14 FROM n WHERE i % 4 = 0",
        $"""
        {Counter}
        INSERT INTO AgendaItems (MeetingId, ReferralId, Section, "Order", Status, AddedAfterCutOff, Version)
        SELECT 1 + i * {StatisticsBenchmarks.Meetings} / {StatisticsBenchmarks.Cases}, i + 1, 3, i, 1, 0, printf('%08X-0000-4000-8000-000000000007', i) FROM n
        """,
        "COMMIT", "ANALYZE",
    ];
}
