using System.Data.Common;
using Marac.Data.Auditing;
using Marac.Data.Entities;
using Marac.Data.Providers;
using Marac.Data.Tests.Support;
using Marac.Data.Transactions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Marac.Data.Tests.Transactions;

/// <summary>
/// The app runs under a retrying execution strategy on both providers (as EF Core's advice for Azure SQL has it), and
/// every transaction of its own runs inside the strategy: a transient failure before anything was applied is retried
/// and the save lands once; one after the changes were applied is not retried, and nothing of it is committed.
/// </summary>
public sealed class RetryingStrategyTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await SqliteTestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_save_refused_as_busy_at_its_first_statement_is_retried_and_lands_once_with_its_audit()
    {
        var busy = new FailOnce("INSERT INTO \"Agencies\"");
        await using (var db = AppContext(busy))
        {
            db.Agencies.Add(new Agency { Name = "Retried" });
            await db.SaveChangesAsync();
        }

        busy.Failed.ShouldBeTrue("the first attempt should have met the busy database");
        await using var check = _database.NewContext();
        (await check.Agencies.CountAsync(a => a.Name == "Retried")).ShouldBe(1);
        (await check.AuditEvents.CountAsync(e => e.EntityType == nameof(Agency))).ShouldBe(1);
        (await new AuditChainVerifier(check).VerifyAsync()).IsIntact.ShouldBeTrue();
    }

    [Fact]
    public async Task A_failure_after_the_changes_were_applied_is_not_retried_and_nothing_of_the_save_is_committed()
    {
        var busy = new FailOnce("INSERT INTO \"AuditEvents\"");
        await using (var db = AppContext(busy))
        {
            db.Agencies.Add(new Agency { Name = "Rolled back" });
            var failure = await Should.ThrowAsync<NotRetriedAfterChangesException>(() => db.SaveChangesAsync());
            failure.InnerException.ShouldBeOfType<DbUpdateException>();
        }

        await using var check = _database.NewContext();
        (await check.Agencies.CountAsync(a => a.Name == "Rolled back")).ShouldBe(0);
        (await check.AuditEvents.CountAsync()).ShouldBe(0);
        (await check.AuditChainHeads.Select(h => h.Sequence).SingleAsync()).ShouldBe(0, "the head moved back with the rollback");
    }

    [Fact]
    public async Task A_transaction_begun_outside_the_strategy_is_refused_so_none_can_hide_from_the_tests()
    {
        await using var db = AppContext(new FailOnce("never"));
        await using var transaction = await db.Database.BeginTransactionAsync();

        await Should.ThrowAsync<InvalidOperationException>(() => db.BankHolidays.CountAsync());
    }

    /// <summary>A context configured as the app configures SQLite, with a failure injected.</summary>
    private SqliteMaracDbContext AppContext(FailOnce failure)
    {
        var options = new DbContextOptionsBuilder<SqliteMaracDbContext>();
        options.UseMaracSqlite(_database.ConnectionString).AddInterceptors(failure);
        return new SqliteMaracDbContext(options.Options, new SystemAuditActor("test"), null, _database.Keys);
    }

    /// <summary>Fails the first command containing the text as SQLite does when the database stays busy.</summary>
    private sealed class FailOnce(string text) : DbCommandInterceptor
    {
        public bool Failed { get; private set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            FailIfFirst(command);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            FailIfFirst(command);
            return ValueTask.FromResult(result);
        }

        private void FailIfFirst(DbCommand command)
        {
            if (!Failed && command.CommandText.Contains(text, StringComparison.Ordinal))
            {
                Failed = true;
                throw new SqliteException("database is locked", 5);
            }
        }
    }
}
