using BenchmarkDotNet.Attributes;
using Marac.Data.Auditing;
using Marac.Data.Entities;
using Marac.Data.Providers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Marac.Benchmarks;

/// <summary>
/// What one audit event costs to append to the keyed chain (reserve on the chain head, HMAC, insert, move the head),
/// beside a plain insert of the same row in the same run; by one writer, and by eight at once (per event).
/// </summary>
[MemoryDiagnoser]
public class AuditAppendBenchmarks
{
    private const int Writers = 8;
    private readonly AuditKeys _keys = AuditKeys.Ephemeral();
    private string _path = "";
    private DbContextOptions<SqliteMaracDbContext> _options = null!;
    private long _plainSequence = 1_000_000_000;

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"marac-audit-bench-{Guid.NewGuid():N}.db");
        _options = SqliteWaitForLocks.Apply(new DbContextOptionsBuilder<SqliteMaracDbContext>().UseSqlite($"Data Source={_path}")).Options;
        using var db = Context();
        db.Database.Migrate();
        db.Database.ExecuteSqlRaw("PRAGMA journal_mode = WAL;");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }
    }

    [Benchmark(Baseline = true, Description = "Plain insert of an audit row, one writer")]
    public Task PlainInsert() => PlainAsync();

    [Benchmark(Description = "Keyed chain append, one writer")]
    public Task ChainedAppend() => ChainedAsync();

    [Benchmark(OperationsPerInvoke = Writers, Description = "Plain insert, eight writers at once (per event)")]
    public Task PlainInsertEightWriters() => Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(PlainAsync)));

    [Benchmark(OperationsPerInvoke = Writers, Description = "Keyed chain append, eight writers at once (per event)")]
    public Task ChainedAppendEightWriters() => Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(ChainedAsync)));

    private async Task PlainAsync()
    {
        await using var db = Context();
        db.SuppressChangeAudit = true;
        db.AuditEvents.Add(new AuditEvent
        {
            Sequence = Interlocked.Increment(ref _plainSequence), OccurredAt = DateTime.UtcNow, Action = AuditAction.View, EntityType = "Benchmark",
            EntityId = "1", Detail = "Identity", PreviousHash = new string('0', 64), Hash = new string('0', 64), KeyId = _keys.CurrentKeyId,
        });
        await db.SaveChangesAsync();
    }

    private async Task ChainedAsync()
    {
        await using var db = Context();
        db.RecordAudit(AuditAction.View, "Benchmark", "1", detail: "Identity");
        await db.SaveChangesAsync();
    }

    private SqliteMaracDbContext Context() => new(_options, new SystemAuditActor("benchmark"), TimeProvider.System, _keys);
}
