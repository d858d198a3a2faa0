using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using Marac.Data;
using Marac.Data.Entities;
using Marac.Sharing.Categories;
using Marac.Sharing.Registers;
using Marac.Sharing.Summaries;
using Marac.Web.Features.Cases;
using Marac.Web.Features.Sharing;
using Marac.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marac.Benchmarks;

/// <summary>
/// A redacted case page for an agency representative whose grant covers Identity, Risk and Case management,
/// on the 100,000-referral database: the access decision, the reads, the mapping, the redaction and the
/// disclosure audit written in the same transaction, through the code the page runs. Target: under 30 ms.
/// </summary>
[MemoryDiagnoser]
public class CasePageBenchmarks
{
    private const string Venue = "Benchmark case page";
    private ServiceProvider _services = null!;
    private ClaimsPrincipal _representative = null!;
    private int _referralId;

    [GlobalSetup]
    public void Setup()
    {
        BenchmarkDatabase.EnsureCreated();
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddDbContext<MaracDbContext, Marac.Data.Providers.SqliteMaracDbContext>(o => o.UseSqlite($"Data Source={BenchmarkDatabase.Path}"));
        services.AddAutoMapper(cfg => cfg.AddProfile<CaseSummaryProfile>());
        services.AddScoped<CaseAccessService>();
        services.AddSingleton<PartnershipRedactor>();
        services.AddScoped<CaseSummaryReader>();
        services.AddLogging();
        _services = services.BuildServiceProvider();
        using var scope = _services.CreateScope();
        var (userId, referralId) = EnsureGrantedCaseAsync(scope.ServiceProvider.GetRequiredService<MaracDbContext>()).GetAwaiter().GetResult();
        _referralId = referralId;
        _representative = new ClaimsPrincipal(new ClaimsIdentity([new Claim(MaracClaims.StaffUserId, userId.ToString(System.Globalization.CultureInfo.InvariantCulture))], "Benchmark"));
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Description = "Redacted case page for an agency representative")]
    public async Task<int> RedactedCasePage()
    {
        await using var scope = _services.CreateAsyncScope();
        var shared = await scope.ServiceProvider.GetRequiredService<CaseSummaryReader>().ReadAsync(_referralId, _representative);
        return shared!.Sections.Count;
    }

    private static async Task<(int UserId, int ReferralId)> EnsureGrantedCaseAsync(MaracDbContext db)
    {
        await SharingRegisterSeeder.SeedAsync(db);
        var meeting = await db.Meetings.Include(m => m.AgendaItems).FirstOrDefaultAsync(m => m.Venue == Venue);
        var agency = await db.Agencies.FirstAsync();
        if (meeting is null)
        {
            var referral = await db.Referrals.Where(r => r.Status == ReferralStatus.Accepted).OrderByDescending(r => r.Id).Select(r => r.Id).FirstAsync();
            meeting = new Meeting { StartsAt = new DateTime(2026, 3, 5, 9, 30, 0), Venue = Venue, Status = MeetingStatus.Published, FirstPublishedAt = DateTime.UtcNow };
            meeting.AgendaItems.Add(new AgendaItem { ReferralId = referral, Section = AgendaSection.AdultOnlyCases, Order = 1 });
            db.Meetings.Add(meeting);
            db.StaffUsers.Add(new StaffUser
            {
                DisplayName = "Benchmark representative", Email = "rep@benchmark.example", TenantId = Guid.NewGuid(), ObjectId = Guid.NewGuid(),
                AgencyId = agency.Id, Roles = AppRoles.AgencyRepresentative, Status = StaffUserStatus.Active, FirstSeenAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
            db.AccessGrants.Add(new AccessGrant
            {
                AgencyId = agency.Id, MeetingId = meeting.Id, Purpose = "Benchmark", LawfulBasisId = await db.LawfulBases.Select(b => b.Id).FirstAsync(),
                Categories = CategorySet.Of(DataCategory.Identity, DataCategory.Risk, DataCategory.CaseManagement).Mask,
                ValidFrom = DateTime.UtcNow.AddDays(-1), ValidTo = DateTime.UtcNow.AddYears(5), Origin = GrantOrigin.Publication, GrantedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }
        var user = await db.StaffUsers.Where(u => u.Email == "rep@benchmark.example").Select(u => u.Id).FirstAsync();
        return (user, meeting.AgendaItems[0].ReferralId);
    }
}
