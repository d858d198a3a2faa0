using Marac.Data.Demo;
using Marac.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Marac.Data.Tests.Demo;

/// <summary>The demo seed is idempotent and deterministic.</summary>
[Collection(DemoPartnershipFixture.Collection)]
public class DemoSeedingTests(DemoPartnershipFixture fixture)
{
    private static async Task<Dictionary<string, int>> RowCountsAsync(MaracDbContext db) => new()
    {
        ["agencies"] = await db.Agencies.CountAsync(),
        ["staff"] = await db.StaffUsers.CountAsync(),
        ["settings"] = await db.PartnershipSettings.CountAsync(),
        ["people"] = await db.People.CountAsync(),
        ["referrals"] = await db.Referrals.CountAsync(),
        ["meetings"] = await db.Meetings.CountAsync(),
        ["agenda items"] = await db.AgendaItems.CountAsync(),
        ["instruments"] = await db.RiskInstruments.CountAsync(),
        ["bank holidays"] = await db.BankHolidays.CountAsync(),
        ["audit events"] = await db.AuditEvents.CountAsync(),
    };

    private static async Task<List<string>> FingerprintAsync(MaracDbContext db) =>
        (await db.Referrals
            .OrderBy(r => r.Reference)
            .Select(r => new { r.Reference, r.ReferralDate, r.Status, r.Victim.GivenName, r.Victim.FamilyName, r.Victim.SubjectId, r.SubmissionToken })
            .ToListAsync())
        .Select(r => $"{r.Reference} {r.ReferralDate:yyyy-MM-dd} {r.Status} {r.GivenName} {r.FamilyName} {r.SubjectId} {r.SubmissionToken}")
        .ToList();

    [Fact]
    public async Task Seeding_again_changes_nothing()
    {
        await using var db = fixture.Database.NewContext();
        var before = await RowCountsAsync(db);

        await DemoPartnershipSeeder.SeedAsync(db, DemoPartnershipFixture.Today);

        (await RowCountsAsync(db)).ShouldBe(before);
    }

    [Fact]
    public async Task The_same_today_gives_the_same_data()
    {
        await using var other = await SqliteTestDatabase.CreateAsync();
        await using (var db = other.NewContext())
        {
            await DemoPartnershipSeeder.SeedAsync(db, DemoPartnershipFixture.Today);
        }

        await using var first = fixture.Database.NewContext();
        await using var second = other.NewContext();
        var expected = await FingerprintAsync(first);
        var actual = await FingerprintAsync(second);
        actual.Count.ShouldBe(expected.Count);
        actual.ShouldBe(expected);
        expected.Select(r => r.Split(' ')[0]).Distinct().Count().ShouldBe(expected.Count);
    }
}
