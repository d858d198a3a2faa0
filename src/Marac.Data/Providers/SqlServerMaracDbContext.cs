using Marac.Data.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Marac.Data.Providers;

/// <summary>SQL Server or Azure SQL; its migrations live in Migrations/SqlServer.</summary>
public sealed class SqlServerMaracDbContext(DbContextOptions<SqlServerMaracDbContext> options, IAuditActor? actor = null, TimeProvider? clock = null,
    AuditKeys? auditKeys = null, AuditAppendQueue? auditQueue = null)
    : MaracDbContext(options, actor, clock, auditKeys, auditQueue);

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerMaracDbContext>
{
    public SqlServerMaracDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerMaracDbContext>()
            .UseSqlServer("Server=(design-time);Database=Marac;Integrated Security=true;TrustServerCertificate=true")
            .Options);
}
