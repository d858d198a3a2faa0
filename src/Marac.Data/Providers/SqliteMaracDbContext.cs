using Marac.Data.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Marac.Data.Providers;

/// <summary>The embedded SQLite database; its migrations live in Migrations/Sqlite.</summary>
public sealed class SqliteMaracDbContext(DbContextOptions<SqliteMaracDbContext> options, IAuditActor? actor = null, TimeProvider? clock = null)
    : MaracDbContext(options, actor, clock);

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteMaracDbContext>
{
    public SqliteMaracDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteMaracDbContext>().UseSqlite("Data Source=design.db").Options);
}
