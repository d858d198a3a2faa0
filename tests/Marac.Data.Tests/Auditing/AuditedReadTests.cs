using System.Globalization;
using Marac.Data.Auditing;
using Marac.Data.Entities;
using Marac.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marac.Data.Tests.Auditing;

/// <summary>
/// Reads that do not queue behind the write gate (issue 13): each page view's disclosure is committed before the
/// read completes, concurrent views share commits, and an audited read cannot change case data.
/// </summary>
public sealed class AuditedReadTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync();
        await using (var db = _database.NewContext())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;");
        }
        _services = new ServiceCollection()
            .AddSingleton<AuditAppendQueue>()
            .AddScoped<MaracDbContext>(sp => _database.NewContext(queue: sp.GetRequiredService<AuditAppendQueue>()))
            .BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Fifty_concurrent_views_are_each_durable_before_the_read_completes_and_the_chain_stays_intact()
    {
        await Task.WhenAll(Enumerable.Range(1, 50).Select(ViewAndCheckDurableAsync));

        await using var check = _database.NewContext();
        var sequences = await check.AuditEvents.Select(e => e.Sequence).OrderBy(s => s).ToListAsync();
        sequences.ShouldBe(Enumerable.Range(1, 50).Select(i => (long)i).ToList(), "no gap and no duplicate");
        (await new AuditChainVerifier(check).VerifyAsync()).IsIntact.ShouldBeTrue();
    }

    [Fact]
    public async Task An_audited_read_that_changes_case_data_is_refused_and_saves_nothing()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MaracDbContext>();
        await using (var read = await AuditedRead.BeginAsync(db))
        {
            db.Agencies.Add(new Agency { Name = "Written during a read" });
            db.RecordAudit(AuditAction.View, "Test", "1");
            await Should.ThrowAsync<InvalidOperationException>(() => read.CompleteAsync());
        }

        await using var check = _database.NewContext();
        (await check.Agencies.AnyAsync(a => a.Name == "Written during a read")).ShouldBeFalse();
        (await check.AuditEvents.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task The_verifier_reports_an_intact_trail_while_views_are_being_appended()
    {
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(1, 4).Select(_ => Task.Run(async () =>
        {
            var n = 0;
            while (!stop.IsCancellationRequested)
            {
                await ViewAndCheckDurableAsync(Interlocked.Increment(ref n));
            }
        })).ToList();

        try
        {
            for (var run = 0; run < 300; run++)
            {
                await using var check = _database.NewContext();
                var result = await new AuditChainVerifier(check).VerifyAsync();
                result.IsIntact.ShouldBeTrue($"run {run}: {result}");
            }
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(writers);
        }
    }

    private async Task ViewAndCheckDurableAsync(int number)
    {
        var id = $"{number}-{Guid.NewGuid():N}";
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MaracDbContext>();
        await using (var read = await AuditedRead.BeginAsync(db))
        {
            await db.Agencies.CountAsync();
            db.RecordAudit(AuditAction.View, "Test", id, detail: number.ToString(CultureInfo.InvariantCulture));
            await read.CompleteAsync();
        }
        await using var other = _database.NewContext();
        (await other.AuditEvents.AnyAsync(e => e.EntityId == id)).ShouldBeTrue("the view is committed before the page is shown");
    }
}
