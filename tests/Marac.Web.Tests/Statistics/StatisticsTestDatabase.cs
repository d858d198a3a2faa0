using Marac.Data.Entities;
using Marac.Data.Providers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Tests.Statistics;

/// <summary>
/// A throw-away SQLite file built by the real migrations, with the partnership settings row and a
/// few agencies (one per source category the tests use): the base for hand-made case sets.
/// </summary>
public sealed class StatisticsTestDatabase : IAsyncDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"marac-statistics-{Guid.NewGuid():N}.db");

    private StatisticsTestDatabase()
    {
    }

    public Dictionary<ReferralSource, int> AgencyIds { get; } = [];

    public static async Task<StatisticsTestDatabase> CreateAsync(int adultFemalePopulation = 10_000, decimal minoritisedPopulationPercent = 20, decimal idvaFte = 1)
    {
        var database = new StatisticsTestDatabase();
        await using var db = database.NewContext();
        await db.Database.MigrateAsync();
        db.PartnershipSettings.Add(new PartnershipSettings
        {
            PartnershipName = "Testshire MARAC",
            AdultFemalePopulation = adultFemalePopulation,
            MinoritisedPopulationPercent = minoritisedPopulationPercent,
            MaracIdvaFte = idvaFte,
        });
        foreach (var source in Enum.GetValues<ReferralSource>())
        {
            db.Agencies.Add(new Agency { Name = $"{source} agency", SourceCategory = source });
        }
        db.Agencies.Add(new Agency { Name = "Second police force", SourceCategory = ReferralSource.Police });
        await db.SaveChangesAsync();
        foreach (var agency in await db.Agencies.Where(a => a.Name.EndsWith(" agency")).ToListAsync())
        {
            database.AgencyIds[agency.SourceCategory] = agency.Id;
        }
        database.SecondPoliceForceId = (await db.Agencies.SingleAsync(a => a.Name == "Second police force")).Id;
        return database;
    }

    public int SecondPoliceForceId { get; private set; }

    public SqliteMaracDbContext NewContext() =>
        new(new DbContextOptionsBuilder<SqliteMaracDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString())
            .Options);

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
