using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Marac.Data.Providers;

/// <summary>
/// Retries a statement SQLite refused because the database was busy or locked beyond the busy timeout, as SQL
/// Server's retrying strategy retries its transient errors; so the app runs under a retrying strategy on both
/// providers, and a transaction begun outside the strategy fails in every test, not only on SQL Server.
/// </summary>
public sealed class SqliteRetryingExecutionStrategy(ExecutionStrategyDependencies dependencies)
    : ExecutionStrategy(dependencies, MaxRetries, TimeSpan.FromSeconds(1))
{
    private const int MaxRetries = 3;
    private const int Busy = 5, Locked = 6;

    protected override bool ShouldRetryOn(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: Busy or Locked }
        || exception is DbUpdateException { InnerException: SqliteException { SqliteErrorCode: Busy or Locked } };

    /// <summary>An audited read's snapshot is a transaction of reads only: a read in it may be retried.</summary>
    protected override void OnFirstExecution()
    {
        if (Dependencies.CurrentContext.Context is MaracDbContext { InAuditedRead: true })
        {
            return;
        }
        base.OnFirstExecution();
    }
}
