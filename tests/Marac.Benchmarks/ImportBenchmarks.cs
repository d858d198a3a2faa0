using System.Diagnostics;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Marac.Data.Providers;
using Marac.Web.Features.Statistics.Import;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Marac.Benchmarks;

/// <summary>
/// Checking and importing a generated 100,000-row case list (CSV) into an empty SQLite database,
/// through the code the page and the command line run. Targets: under 30 s, peak memory under 500 MB.
/// </summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    public const int Rows = 100_000;
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "marac-bench-import");
    private static readonly string CsvPath = Path.Combine(Folder, $"cases-{Rows}.csv");
    private static readonly string TemplatePath = Path.Combine(Folder, "empty.db");
    private static readonly string DatabasePath = Path.Combine(Folder, "import.db");

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(Folder);
        if (!File.Exists(CsvPath))
        {
            WriteCsv();
        }
        if (!File.Exists(TemplatePath))
        {
            using var db = NewContext(TemplatePath);
            db.Database.Migrate();
        }
    }

    [IterationSetup]
    public void FreshDatabase()
    {
        SqliteConnection.ClearAllPools();
        File.Copy(TemplatePath, DatabasePath, overwrite: true);
    }

    [GlobalCleanup]
    public void Cleanup() =>
        Console.WriteLine($"// Peak working set of the benchmark process: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB");

    [Benchmark(Description = "Import a 100,000-row case list (check + save)")]
    public async Task<ImportSummary> Import()
    {
        await using var db = NewContext(DatabasePath);
        CaseListCheck check;
        await using (var file = File.OpenRead(CsvPath))
        {
            check = await new CaseListChecker(db).CheckAsync(file);
        }
        if (!check.AllValid)
        {
            throw new InvalidOperationException($"The generated file has problems: {check.Problems[0]}");
        }
        return await new CaseListImporter(db, TimeProvider.System).ImportAsync(check.Valid, 0);
    }

    private static SqliteMaracDbContext NewContext(string path) =>
        new(new DbContextOptionsBuilder<SqliteMaracDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options);

    /// <summary>Ten years of weekly meetings; one victim in five referred again with the same perpetrator.</summary>
    private static void WriteCsv()
    {
        var sources = new[] { "Police", "IDVA", "Children's Social Care", "Police;Mental Health", "Housing", "Other" };
        var random = new Random(42);
        using var writer = new StreamWriter(CsvPath, false, new UTF8Encoding(false));
        writer.WriteLine("MeetingDate,CaseReference,ReferralDate,ReferringAgencies,VictimId,PerpetratorIds,VictimGender,VictimAge,VictimEthnicity,VictimDisabled,VictimLgbt,ChildrenInHousehold,PerpetratorAge,Repeat");
        var start = new DateOnly(2012, 1, 4);
        for (var i = 0; i < Rows; i++)
        {
            var meeting = start.AddDays(7 * (i * 520 / Rows));
            var referral = meeting.AddDays(-random.Next(1, 20));
            var victim = i % 5 == 4 ? i - 4 : i;
            writer.WriteLine(string.Join(',',
                meeting.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), $"BENCH-{i:D6}", referral.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                sources[i % sources.Length], $"V{victim}", $"P{victim}", i % 16 == 0 ? "Male" : "Female", random.Next(16, 70),
                i % 7 == 0 ? "Asian or Asian British: Indian" : "Not known", "No", "Not known", random.Next(0, 4), random.Next(15, 70), ""));
        }
    }
}
