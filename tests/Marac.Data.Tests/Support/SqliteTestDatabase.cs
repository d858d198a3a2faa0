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

    /// <summary>The partnership's audit key for this database (as configuration would hold it).</summary>
    public AuditKeys Keys => new(KeyId, new Dictionary<string, byte[]> { [KeyId] = KeyBytes });

    public const string KeyId = "test-key";

    public byte[] KeyBytes { get; } = System.Security.Cryptography.RandomNumberGenerator.GetBytes(AuditKeys.MinimumKeyBytes);

    public static async Task<SqliteTestDatabase> CreateAsync()
    {
        var database = new SqliteTestDatabase(Path.Combine(Path.GetTempPath(), $"marac-test-{Guid.NewGuid():N}.db"));
        await using var db = database.NewContext();
        await db.Database.MigrateAsync();
        return database;
    }

    public SqliteMaracDbContext NewContext(IAuditActor? actor = null, TimeProvider? clock = null, AuditKeys? keys = null,
        AuditAppendQueue? queue = null) =>
        new(new DbContextOptionsBuilder<SqliteMaracDbContext>().UseSqlite(ConnectionString).Options, actor, clock, keys ?? Keys, queue);

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
