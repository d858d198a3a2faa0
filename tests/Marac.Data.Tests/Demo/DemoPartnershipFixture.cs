using System.Diagnostics;
using Marac.Data.Demo;
using Marac.Data.Tests.Support;

namespace Marac.Data.Tests.Demo;

/// <summary>One demo partnership seeded for a fixed "today", shared by every test class in the collection.</summary>
public sealed class DemoPartnershipFixture : IAsyncLifetime
{
    public const string Collection = "Demo partnership";

    public static readonly DateOnly Today = new(2026, 11, 23);

    public SqliteTestDatabase Database { get; private set; } = null!;

    public TimeSpan SeedTime { get; private set; }

    public async Task InitializeAsync()
    {
        Database = await SqliteTestDatabase.CreateAsync();
        await using var db = Database.NewContext();
        var stopwatch = Stopwatch.StartNew();
        await DemoPartnershipSeeder.SeedAsync(db, Today);
        SeedTime = stopwatch.Elapsed;
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();
}

[CollectionDefinition(DemoPartnershipFixture.Collection)]
public sealed class DemoPartnershipCollection : ICollectionFixture<DemoPartnershipFixture>;
