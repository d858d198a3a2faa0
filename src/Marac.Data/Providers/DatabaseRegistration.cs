using Marac.Data.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marac.Data.Providers;

public enum DatabaseProvider { Sqlite, SqlServer }

public static class DatabaseRegistration
{
    /// <summary>Registers <see cref="MaracDbContext"/> on the configured provider.</summary>
    public static IServiceCollection AddMaracDatabase(this IServiceCollection services, DatabaseProvider provider, string connectionString)
    {
        services.AddSingleton<AuditAppendQueue>();
        if (provider == DatabaseProvider.SqlServer)
        {
            services.AddDbContext<SqlServerMaracDbContext>(o => o.UseSqlServer(connectionString));
            services.AddScoped<MaracDbContext>(sp => sp.GetRequiredService<SqlServerMaracDbContext>());
        }
        else
        {
            services.AddDbContext<SqliteMaracDbContext>(o => o.UseSqlite(connectionString).AddInterceptors(SqliteWaitForLocks.Instance));
            services.AddScoped<MaracDbContext>(sp => sp.GetRequiredService<SqliteMaracDbContext>());
        }
        return services;
    }
}
