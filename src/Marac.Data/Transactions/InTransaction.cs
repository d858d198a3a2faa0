using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Marac.Data.Transactions;

/// <summary>
/// The one way to run work in a transaction of its own: inside the context's execution strategy, as a retrying
/// strategy requires. A transient failure before the work has applied anything (opening the connection, beginning
/// the transaction, the first statement) is retried; one after it has applied changes is not, because the tracked
/// entities would then no longer match the database: it fails the request, and the transaction rolls back.
/// </summary>
public static class InTransaction
{
    /// <param name="work">
    /// Given the transaction to commit or roll back; given null when the caller is already inside one, which its
    /// owner commits.
    /// </param>
    public static async Task<T> InTransactionAsync<T>(this DbContext db, Func<IDbContextTransaction?, Task<T>> work, CancellationToken ct = default)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work(null);
        }
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async cancellation =>
        {
            var applied = false;
            db.SavedChanges += OnSaved;
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
                return await work(transaction);
            }
            catch (Exception e) when (applied && IsDatabaseFailure(e))
            {
                throw new NotRetriedAfterChangesException(e);
            }
            finally
            {
                db.SavedChanges -= OnSaved;
            }

            void OnSaved(object? sender, SavedChangesEventArgs args) => applied = true;
        }, ct);
    }

    /// <summary>What a retrying strategy might retry; anything else (a concurrency conflict, a rule) reaches the caller as it was.</summary>
    private static bool IsDatabaseFailure(Exception e) =>
        e is DbException || (e is DbUpdateException and not DbUpdateConcurrencyException && e.InnerException is DbException);
}

/// <summary>A failure after the work's changes were applied in its transaction: rolled back, and not retried.</summary>
public sealed class NotRetriedAfterChangesException(Exception inner)
    : Exception("The transaction failed after its changes were applied; it was rolled back and not retried.", inner);
