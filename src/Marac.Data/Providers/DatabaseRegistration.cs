using Marac.Data.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marac.Data.Providers;

public enum DatabaseProvider { Sqlite, SqlServer }

public static class DatabaseRegistration
{
    /// <summary>
    /// Registers <see cref="MaracDbContext"/> on the configured provider, under a retrying execution strategy on both
    /// (transactions of their own run through <see cref="Transactions.InTransaction"/>).
    /// </summary>
    public static IServiceCollection AddMaracDatabase(this IServiceCollection services, DatabaseProvider provider, string connectionString)
    {
        services.AddSingleton<AuditAppendQueue>();
        if (provider == DatabaseProvider.SqlServer)
        {
            services.AddDbContext<SqlServerMaracDbContext>(o => o.UseMaracSqlServer(connectionString));
            services.AddScoped<MaracDbContext>(sp => sp.GetRequiredService<SqlServerMaracDbContext>());
        }
        else
        {
            services.AddDbContext<SqliteMaracDbContext>(o => o.UseMaracSqlite(connectionString));
            services.AddScoped<MaracDbContext>(sp => sp.GetRequiredService<SqliteMaracDbContext>());
        }
        return services;
    }

    /// <summary>SQL Server as the app uses it: retrying transient failures.</summary>
    public static DbContextOptionsBuilder UseMaracSqlServer(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure());

    /// <summary>SQLite as the app uses it: waiting for locks in the engine, and retrying a statement refused as busy.</summary>
    public static DbContextOptionsBuilder UseMaracSqlite(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.ExecutionStrategy(d => new SqliteRetryingExecutionStrategy(d)))
            .AddInterceptors(SqliteWaitForLocks.Instance);
}
