using Marac.Data;
using Marac.Data.Auditing;
using Marac.Data.Providers;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Governance.Retention;

/// <summary>
/// The database as the maintenance role sees it, for the one job the app's role is denied: deleting expired
/// audit rows. With <c>ConnectionStrings:MaracMaintenance</c> set (SQL Server, a login in
/// <c>marac_maintenance_role</c>, sql/002-least-privilege.sql) it opens its own context on that connection;
/// without it (SQLite, development) it lends the request's own context.
/// </summary>
public sealed class MaintenanceDatabase(MaracDbContext db, IConfiguration configuration, IAuditActor actor, TimeProvider clock)
{
    public Lease Open()
    {
        var connection = configuration.GetConnectionString("MaracMaintenance");
        if (string.IsNullOrWhiteSpace(connection))
        {
            return new Lease(db, owned: false);
        }
        if (!db.Database.IsSqlServer())
        {
            var sqlite = new DbContextOptionsBuilder<SqliteMaracDbContext>();
            sqlite.UseMaracSqlite(connection);
            return new Lease(new SqliteMaracDbContext(sqlite.Options, actor, clock, db.AuditKeys), owned: true);
        }
        var sqlServer = new DbContextOptionsBuilder<SqlServerMaracDbContext>();
        sqlServer.UseMaracSqlServer(connection);
        return new Lease(new SqlServerMaracDbContext(sqlServer.Options, actor, clock, db.AuditKeys), owned: true);
    }

    public sealed class Lease(MaracDbContext db, bool owned) : IAsyncDisposable
    {
        public MaracDbContext Db { get; } = db;

        public ValueTask DisposeAsync() => owned ? Db.DisposeAsync() : ValueTask.CompletedTask;
    }
}
