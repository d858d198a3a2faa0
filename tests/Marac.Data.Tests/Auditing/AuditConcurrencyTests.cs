using System.Diagnostics;
using System.Globalization;
using Marac.Data.Auditing;
using Marac.Data.Providers;
using Marac.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Marac.Data.Tests.Auditing;

/// <summary>
/// Eight writers in separate processes, as eight instances of the app would be, append 10,000 audit events to one
/// database at once: every sequence is taken exactly once, with no gap, and the chain verifies (issue 13). On SQLite
/// always, and on SQL Server too where <c>MARAC_TEST_SQLSERVER</c> names one.
/// </summary>
public sealed class AuditConcurrencyTests
{
    private const int Writers = 8;
    private const int EventsEach = 1250;

    public static TheoryData<DatabaseProvider> Providers()
    {
        var providers = new TheoryData<DatabaseProvider> { DatabaseProvider.Sqlite };
        if (SqlServerTestDatabase.IsConfigured)
        {
            providers.Add(DatabaseProvider.SqlServer);
        }
        return providers;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Eight_writer_processes_append_ten_thousand_events_with_no_gap_no_duplicate_and_an_intact_chain(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.SqlServer)
        {
            await using var server = await SqlServerTestDatabase.CreateAsync();
            await AppendAndCheckAsync(provider, server.ConnectionString, server.KeyBytes, () => server.NewContext());
            return;
        }
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using (var db = database.NewContext())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;");
        }
        await AppendAndCheckAsync(provider, database.ConnectionString, database.KeyBytes, () => database.NewContext());
    }

    private static async Task AppendAndCheckAsync(DatabaseProvider provider, string connectionString, byte[] key, Func<MaracDbContext> newContext)
    {
        var writers = Enumerable.Range(1, Writers).Select(n => StartWriter(provider, connectionString, key, n)).ToList();
        await Task.WhenAll(writers.Select(w => w.WaitForExitAsync()));

        foreach (var writer in writers)
        {
            writer.ExitCode.ShouldBe(0, await writer.StandardError.ReadToEndAsync());
        }
        await using var check = newContext();
        var sequences = await check.AuditEvents.Select(e => e.Sequence).OrderBy(s => s).ToListAsync();
        sequences.Count.ShouldBe(Writers * EventsEach);
        sequences.ShouldBe(Enumerable.Range(1, Writers * EventsEach).Select(i => (long)i).ToList(), "no gap and no duplicate");
        var result = await new AuditChainVerifier(check).VerifyAsync();
        result.IsIntact.ShouldBeTrue(result.ToString());
        result.EventsChecked.ShouldBe(Writers * EventsEach);
    }

    private static Process StartWriter(DatabaseProvider provider, string connectionString, byte[] key, int number)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            WriterPath(), provider.ToString(), connectionString, Convert.ToBase64String(key), SqliteTestDatabase.KeyId,
            EventsEach.ToString(CultureInfo.InvariantCulture), number.ToString(CultureInfo.InvariantCulture),
        })
        {
            start.ArgumentList.Add(argument);
        }
        return Process.Start(start) ?? throw new InvalidOperationException("The audit writer did not start.");
    }

    /// <summary>The writer built beside this test assembly's configuration (tests/tools/Marac.AuditWriter).</summary>
    private static string WriterPath()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration) = (output.Name, output.Parent!.Name);
        for (var folder = output; folder is not null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, "tests", "tools", "Marac.AuditWriter", "bin", configuration, framework, "Marac.AuditWriter.dll");
            if (File.Exists(path))
            {
                return path;
            }
        }
        throw new FileNotFoundException("Build the solution first: the audit writer (tests/tools/Marac.AuditWriter) is not built.");
    }
}
