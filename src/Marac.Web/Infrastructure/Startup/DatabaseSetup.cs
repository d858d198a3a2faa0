using Marac.Data;
using Marac.Data.Auditing;
using Marac.Data.Demo;
using Marac.Data.Providers;
using Marac.Data.Reference;
using Marac.Sharing.Registers;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Infrastructure.Startup;

public static class DatabaseSetup
{
    public static WebApplicationBuilder AddMaracDatabase(this WebApplicationBuilder builder)
    {
        var provider = builder.Configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = builder.Configuration.GetConnectionString("Marac");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider != DatabaseProvider.Sqlite)
            {
                throw new InvalidOperationException("ConnectionStrings:Marac must be set when Database:Provider is SqlServer.");
            }
            var folder = Path.Combine(builder.Environment.ContentRootPath, "App_Data");
            Directory.CreateDirectory(folder);
            connectionString = $"Data Source={Path.Combine(folder, "marac.db")}";
        }
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddMaracDatabase(provider, connectionString);
        builder.Services.AddDataProtection()
            .SetApplicationName("Marac")
            .PersistKeysToDbContext<MaracDbContext>();
        return builder;
    }

    /// <summary>
    /// Applies migrations where configured (Development by default; production deploys sql/ by script),
    /// loads reference data, and seeds the demo partnership when asked.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var configuration = app.Configuration;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MaracDbContext>();
        await UseWriteAheadLogAsync(db);
        if (configuration.GetValue("Database:MigrateOnStartup", app.Environment.IsDevelopment()))
        {
            await db.Database.MigrateAsync();
        }
        else if ((await db.Database.GetPendingMigrationsAsync()).Any())
        {
            throw new InvalidOperationException(
                "The database schema is out of date. Apply sql/001-schema.sql (see README.md, 'Deploying the database') or set Database:MigrateOnStartup.");
        }
        await AuditChainUpgrade.SignUnkeyedAsync(db);
        await ReferenceDataSeeder.SeedAsync(db);
        await RefreshQueryPlannerStatisticsAsync(db);
        if (configuration.GetValue("Demo:Seed", false))
        {
            var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
            await DemoPartnershipSeeder.SeedAsync(db, UkTime.Today(clock));
        }
        await SharingRegisterSeeder.SeedAsync(db);
    }

    /// <summary>
    /// Write-ahead logging lets readers carry on while one request writes (the default journal makes every
    /// reader wait for each write), which the live meeting's many small writes need.
    /// </summary>
    private static async Task UseWriteAheadLogAsync(MaracDbContext db)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;");
        }
    }

    /// <summary>
    /// SQLite plans the repeat rule and the referral list well only with table statistics (measured:
    /// 0.5 s a page without them, 15 ms with). A bounded ANALYZE at startup keeps them current.
    /// </summary>
    private static async Task RefreshQueryPlannerStatisticsAsync(MaracDbContext db)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit = 1000; ANALYZE;");
        }
    }
}
