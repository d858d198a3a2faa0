using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Marac.Data.Providers;

/// <summary>
/// Makes SQLite wait for a lock inside the engine (a few milliseconds at a time) instead of failing at once
/// into Microsoft.Data.Sqlite's own retry, which sleeps 150 ms between attempts: with several writers, as in
/// a live meeting, that sleep was most of the time an action took to reach the attendees.
/// </summary>
/// <remarks>
/// Set through the C API on the connection's handle rather than by a PRAGMA statement: EF Core opens a pooled
/// connection for each query, and preparing and running a statement on every open was one extra statement per query.
/// </remarks>
public sealed class SqliteWaitForLocks : DbConnectionInterceptor
{
    private const int BusyTimeoutMilliseconds = 10_000;

    public static readonly SqliteWaitForLocks Instance = new();

    public static DbContextOptionsBuilder<T> Apply<T>(DbContextOptionsBuilder<T> options) where T : DbContext
    {
        options.AddInterceptors(Instance);
        return options;
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => WaitForLocks(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        WaitForLocks(connection);
        return Task.CompletedTask;
    }

    private static void WaitForLocks(DbConnection connection)
    {
        var handle = ((SqliteConnection)connection).Handle;
        if (raw.sqlite3_busy_timeout(handle, BusyTimeoutMilliseconds) != raw.SQLITE_OK)
        {
            throw new InvalidOperationException("SQLite refused the busy timeout.");
        }
    }
}
