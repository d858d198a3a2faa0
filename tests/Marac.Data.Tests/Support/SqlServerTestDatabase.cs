using Marac.Data.Auditing;
using Marac.Data.Providers;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;

namespace Marac.Data.Tests.Support;

/// <summary>
/// A throw-away database on the SQL Server named by <c>MARAC_TEST_SQLSERVER</c> (a connection string whose login may
/// create databases), built by the real SQL Server migrations and dropped afterwards. Without that variable there is
/// none, and the tests that take a provider run on SQLite alone.
/// </summary>
public sealed class SqlServerTestDatabase : IAsyncDisposable
{
    public const string Variable = "MARAC_TEST_SQLSERVER";

    private SqlServerTestDatabase(string connectionString) => ConnectionString = connectionString;

    public string ConnectionString { get; }

    public byte[] KeyBytes { get; } = System.Security.Cryptography.RandomNumberGenerator.GetBytes(AuditKeys.MinimumKeyBytes);

    public AuditKeys Keys => new(SqliteTestDatabase.KeyId, new Dictionary<string, byte[]> { [SqliteTestDatabase.KeyId] = KeyBytes });

    public static bool IsConfigured => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable));

    public static async Task<SqlServerTestDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(Variable)
            ?? throw new InvalidOperationException($"{Variable} is not set.");
        var connection = new SqlConnectionStringBuilder(server) { InitialCatalog = $"marac_test_{Guid.NewGuid():N}" }.ConnectionString;
        var database = new SqlServerTestDatabase(connection);
        await using var db = database.NewContext();
        await db.Database.MigrateAsync();
        return database;
    }

    public SqlServerMaracDbContext NewContext(IAuditActor? actor = null) =>
        new(new DbContextOptionsBuilder<SqlServerMaracDbContext>().UseSqlServer(ConnectionString).Options, actor, null, Keys);

    public async ValueTask DisposeAsync()
    {
        await using var db = NewContext();
        await db.Database.EnsureDeletedAsync();
    }
}
