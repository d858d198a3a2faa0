using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Marac.Data.Auditing;

/// <summary>
/// The one way a page reads case data: <see cref="CompleteAsync"/> makes the disclosure durable before the page is
/// shown. The read holds no write lock (on SQLite one snapshot, a deferred transaction under write-ahead logging; on
/// SQL Server each statement read committed, retried by the execution strategy), so readers do not queue behind each other; the
/// audit events go to the <see cref="AuditAppendQueue"/> and are committed with those of concurrent requests.
/// An audited read changes nothing but the audit trail.
/// </summary>
public sealed class AuditedRead : IAsyncDisposable
{
    private readonly MaracDbContext _db;
    private readonly IDbContextTransaction? _transaction;
    private readonly SqliteTransaction? _snapshot;

    private AuditedRead(MaracDbContext db, IDbContextTransaction? transaction, SqliteTransaction? snapshot) =>
        (_db, _transaction, _snapshot) = (db, transaction, snapshot);

    public static async Task<AuditedRead> BeginAsync(MaracDbContext db, CancellationToken ct = default)
    {
        IDbContextTransaction? transaction = null;
        SqliteTransaction? snapshot = null;
        if (db.Database.IsSqlite())
        {
            await db.Database.OpenConnectionAsync(ct);
            snapshot = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
            transaction = await db.Database.UseTransactionAsync(snapshot, ct) ?? throw new InvalidOperationException("The read transaction was not taken up.");
        }
        db.InAuditedRead = true;
        return new AuditedRead(db, transaction, snapshot);
    }

    /// <summary>Writes the read's audit events and waits until they are committed; only then may the page be shown.</summary>
    public async Task CompleteAsync(CancellationToken ct = default)
    {
        await _db.SaveChangesAsync(ct);
        if (_transaction is not null)
        {
            await _transaction.CommitAsync(ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _db.InAuditedRead = false;
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }
        if (_snapshot is not null)
        {
            // Taken up from the connection, so EF Core leaves ending it, and closing the connection, to us.
            await _snapshot.DisposeAsync();
            await _db.Database.CloseConnectionAsync();
        }
    }
}
