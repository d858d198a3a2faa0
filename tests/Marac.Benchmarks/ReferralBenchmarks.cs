using Marac.Sharing.Grants;
using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using Marac.Data.Entities;
using Marac.Data.Providers;
using Marac.Web.Features.Referrals;
using Marac.Web.Features.Referrals.Repeats;
using Marac.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Marac.Benchmarks;

/// <summary>
/// The referral list's first page and repeat matching for a new referral, on 100,000 referrals in
/// SQLite, through the same code the pages run. Targets: list under 50 ms, matching under 20 ms.
/// </summary>
[MemoryDiagnoser]
public class ReferralBenchmarks
{
    private static readonly CaseViewer Coordinator = new(1, null, AppRoles.Coordinator);

    private SqliteMaracDbContext _db = null!;
    private int _newReferralId;

    [GlobalSetup]
    public void Setup()
    {
        BenchmarkDatabase.EnsureCreated();
        _db = BenchmarkDatabase.NewContext();
        // The newest referral stands for one that has just arrived.
        _newReferralId = _db.Referrals.Max(r => r.Id);
    }

    [GlobalCleanup]
    public void Cleanup() => _db.Dispose();

    [Benchmark(Description = "Referral list: first page, no filter")]
    public Task<ReferralPage> FirstPage() => List(null);

    [Benchmark(Description = "Referral list: first page, filtered (status, band, dates, flag)")]
    public Task<ReferralPage> FilteredFirstPage() => List(new ReferralSearch
    {
        Status = ReferralStatus.Heard, Band = RiskBand.High, From = new DateOnly(2020, 1, 1), To = new DateOnly(2022, 12, 31), Flag = CaseFlags.Stalking,
    });

    [Benchmark(Description = "Referral list: first page, name and date-of-birth search")]
    public Task<ReferralPage> NameSearchFirstPage() => List(new ReferralSearch { Name = "nowak", DateOfBirth = new DateOnly(1980, 6, 1) });

    [Benchmark(Description = "Repeat matching for a new referral")]
    public Task<IReadOnlyList<LikelyMatch>> RepeatMatching() => new LikelyMatchFinder(_db).FindAsync(_newReferralId);

    private Task<ReferralPage> List(ReferralSearch? search)
    {
        _db.ChangeTracker.Clear();
        return ReferralListQuery.RunAsync(_db, ReferralVisibility.ListedFor(_db, Coordinator, DateTime.UtcNow).AsNoTracking(), search, asSubmitted: false);
    }
}
