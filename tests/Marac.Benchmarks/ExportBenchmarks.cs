using BenchmarkDotNet.Attributes;
using Marac.Data.Demo;
using Marac.Data.Providers;
using Marac.Data.Reference;
using Marac.Web.Features.Statistics.Computation;
using Marac.Web.Features.Statistics.Export;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Marac.Benchmarks;

/// <summary>
/// The statistics workbook a partnership lead downloads for five years of the demo partnership
/// (July 2016 to June 2021, about 3,000 cases at 260 meetings): computing the report and writing
/// every sheet with ClosedXML, as the export page does.
/// </summary>
[MemoryDiagnoser]
public class ExportBenchmarks
{
    private static readonly string DatabasePath = Path.Combine(Path.GetTempPath(), "marac-bench-demo.db");
    private static readonly StatisticsPeriod FiveYears = StatisticsPeriod.Range(new DateOnly(2016, 7, 1), new DateOnly(2021, 6, 30));

    [GlobalSetup]
    public void Setup()
    {
        if (File.Exists(DatabasePath))
        {
            return;
        }
        var building = DatabasePath + ".building";
        File.Delete(building);
        using (var db = new SqliteMaracDbContext(new DbContextOptionsBuilder<SqliteMaracDbContext>().UseSqlite($"Data Source={building};Pooling=False").Options))
        {
            db.Database.Migrate();
            ReferenceDataSeeder.SeedAsync(db).GetAwaiter().GetResult();
            DemoPartnershipSeeder.SeedAsync(db, new DateOnly(2026, 11, 23)).GetAwaiter().GetResult();
        }
        SqliteConnection.ClearAllPools();
        File.Move(building, DatabasePath);
    }

    [Benchmark(Description = "Five-year demo workbook: report and every sheet (StatisticsCalculator + StatisticsWorkbook)")]
    public async Task<int> FiveYearWorkbook()
    {
        await using var db = new SqliteMaracDbContext(new DbContextOptionsBuilder<SqliteMaracDbContext>().UseSqlite($"Data Source={DatabasePath}").Options);
        var report = await new StatisticsCalculator(db).ComputeAsync(FiveYears);
        return StatisticsWorkbook.Build(report, forPublication: true).Length;
    }

    [Benchmark(Description = "Five-year demo figures: hand-written SQL aggregate of the same period")]
    public int HandWrittenSql()
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = StatisticsBenchmarks.HandWrittenAggregate;
        command.Parameters.AddWithValue("$from", "2016-07-01 00:00:00");
        command.Parameters.AddWithValue("$to", "2021-07-01 00:00:00");
        using var reader = command.ExecuteReader();
        var cases = 0;
        while (reader.Read())
        {
            cases += reader.GetInt32(1);
        }
        return cases;
    }
}
