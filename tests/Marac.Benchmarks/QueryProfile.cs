using System.Data.Common;
using System.Diagnostics;
using Marac.Data.Entities;
using Marac.Data.Providers;
using Marac.Web.Features.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Marac.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Marac.Benchmarks -- agenda-queries</c>: builds the proposed agenda a few
/// times on the benchmark database and prints each SQL statement of the last run with its time (to find the slow one).
/// </summary>
public static class QueryProfile
{
    public static async Task RunAsync()
    {
        BenchmarkDatabase.EnsureCreated();
        var timer = new Timer();
        var options = new DbContextOptionsBuilder<SqliteMaracDbContext>().UseSqlite($"Data Source={BenchmarkDatabase.Path}").AddInterceptors(timer).Options;
        await using var db = new SqliteMaracDbContext(options);
        var candidates = new AgendaCandidates(db);
        var agendas = new AgendaService(db, candidates, new NextMeetingDeferral(db, candidates), TimeProvider.System);
        var upcoming = new Meeting { StartsAt = new DateTime(2026, 1, 15, 9, 30, 0), CaseCapacity = 20, MinutesPerCase = 12 };
        for (var run = 0; run < 6; run++)
        {
            timer.Log.Clear();
            db.ChangeTracker.Clear();
            var sw = Stopwatch.StartNew();
            var proposal = await agendas.ProposalAsync(upcoming);
            Console.WriteLine($"run {run}: {sw.Elapsed.TotalMilliseconds:F1} ms, {proposal.Items.Count} items, {timer.Log.Count} commands");
        }
        foreach (var (ms, sql) in timer.Log)
        {
            Console.WriteLine($"--- {ms:F1} ms\n{sql}");
        }
    }

    /// <summary>Each statement with the time from its execution to its reader's disposal (so reading the rows counts).</summary>
    private sealed class Timer : DbCommandInterceptor
    {
        public List<(double, string)> Log { get; } = [];
        public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
        {
            Log.Add((eventData.Duration.TotalMilliseconds, command.CommandText));
            return result;
        }
    }
}
