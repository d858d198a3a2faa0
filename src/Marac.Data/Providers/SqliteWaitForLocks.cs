using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Marac.Data.Providers;

/// <summary>
/// Makes SQLite wait for a lock inside the engine (a few milliseconds at a time) instead of failing at once
/// into Microsoft.Data.Sqlite's own retry, which sleeps 150 ms between attempts: with several writers, as in
/// a live meeting, that sleep was most of the time an action took to reach the attendees.
/// </summary>
public sealed class SqliteWaitForLocks : DbConnectionInterceptor
{
    private const string BusyTimeout = "PRAGMA busy_timeout = 10000;";

    public static readonly SqliteWaitForLocks Instance = new();

    public static DbContextOptionsBuilder<T> Apply<T>(DbContextOptionsBuilder<T> options) where T : DbContext
    {
        options.AddInterceptors(Instance);
        return options;
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = BusyTimeout;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = BusyTimeout;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
