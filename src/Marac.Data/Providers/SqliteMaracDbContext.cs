using System.Collections.Concurrent;
using Marac.Data.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Marac.Data.Providers;

/// <summary>
/// The embedded SQLite database; its migrations live in Migrations/Sqlite. SQLite takes one writer at a time,
/// and a writer that finds the lock taken sleeps and tries again (1, 2, 5, 10, 15, 20, 25 ms...). With ten
/// live meetings saving at once those sleeps were most of the time an action took, so this process's saves
/// queue at a gate of their own first and reach SQLite one after another.
/// </summary>
public sealed class SqliteMaracDbContext(DbContextOptions<SqliteMaracDbContext> options, IAuditActor? actor = null, TimeProvider? clock = null,
    AuditKeys? auditKeys = null, AuditAppendQueue? auditQueue = null)
    : MaracDbContext(options, actor, clock, auditKeys, auditQueue)
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> WriteGates = new(StringComparer.Ordinal);

    protected override async Task<int> UnderWriteGateAsync(Func<Task<int>> save, CancellationToken cancellationToken)
    {
        if (Database.CurrentTransaction is not null)
        {
            // Already holding SQLite's write lock or about to: queuing here could only wait for ourselves.
            return await save();
        }
        var gate = WriteGates.GetOrAdd(Database.GetDbConnection().DataSource, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await save();
        }
        finally
        {
            gate.Release();
        }
    }
}

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteMaracDbContext>
{
    public SqliteMaracDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteMaracDbContext>().UseSqlite("Data Source=design.db").Options);
}
