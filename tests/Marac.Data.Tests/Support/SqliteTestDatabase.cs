using Marac.Data.Auditing;
using Marac.Data.Providers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Marac.Data.Tests.Support;

/// <summary>
/// A throw-away SQLite database in a temporary file, built by the real migrations. Hands out new
/// contexts on it; the file goes when the database is disposed.
/// </summary>
public sealed class SqliteTestDatabase : IAsyncDisposable
{
    private readonly string _path;

    private SqliteTestDatabase(string path)
    {
        _path = path;
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
    }

    public string ConnectionString { get; }

    public static async Task<SqliteTestDatabase> CreateAsync()
    {
        var database = new SqliteTestDatabase(Path.Combine(Path.GetTempPath(), $"marac-test-{Guid.NewGuid():N}.db"));
        await using var db = database.NewContext();
        await db.Database.MigrateAsync();
        return database;
    }

    public SqliteMaracDbContext NewContext(IAuditActor? actor = null, TimeProvider? clock = null) =>
        new(new DbContextOptionsBuilder<SqliteMaracDbContext>().UseSqlite(ConnectionString).Options, actor, clock);

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(_path + suffix);
        }
        return ValueTask.CompletedTask;
    }
}
