using Marac.Data.Entities;
using Marac.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Marac.Data.Tests.Schema;

/// <summary>An upgrade applies the newer migrations to a database that already holds cases, and keeps them.</summary>
public sealed class UpgradeTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"marac-upgrade-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Applying_later_migrations_to_a_database_with_cases_keeps_every_case()
    {
        await using (var db = Context())
        {
            var first = db.Database.GetMigrations().First();
            await db.GetService<IMigrator>().MigrateAsync(first);
            await InsertCaseWithFirstSchemaAsync(db);
        }

        await using (var db = Context())
        {
            (await db.Database.GetPendingMigrationsAsync()).ShouldNotBeEmpty("the test needs at least one later migration to apply");
            await db.Database.MigrateAsync();
        }

        await using (var db = Context())
        {
            var referral = await db.Referrals.Include(r => r.Victim).Include(r => r.ReferringAgencies).SingleAsync();
            referral.Reference.ShouldBe("MRC-2026-00001");
            referral.Victim.GivenName.ShouldBe("Łucja");
            referral.ReferringAgencies.Single().AgencyId.ShouldBe(1);
            (await db.Agencies.SingleAsync()).Name.ShouldBe("West Midlands Police");
        }
    }

    private static async Task InsertCaseWithFirstSchemaAsync(DbContext db)
    {
        // Plain SQL against the first schema, as an older release would have written it.
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO Agencies (Id, Name, SourceCategory, ServesOnlyChildren, IsCoreMember, IsActive, Version)
            VALUES (1, 'West Midlands Police', 1, 0, 1, 1, '6f1c7a52-5a7e-4f1b-9a77-0d0a7e1f0001');
            INSERT INTO People (Id, SubjectId, GivenName, FamilyName, DateOfBirth, Gender, Ethnicity, Disabled, Lgbt, InterpreterNeeded,
                Pregnant, NoRecourseToPublicFunds, SafeToCall, NameKey, Version)
            VALUES (1, '6f1c7a52-5a7e-4f1b-9a77-0d0a7e1f0002', 'Łucja', 'Nowak', '1990-03-27', 1, 17, 2, 2, 0, 0, 0, 0, 'lucja nowak',
                '6f1c7a52-5a7e-4f1b-9a77-0d0a7e1f0003');
            INSERT INTO Referrals (Id, Reference, Status, ReferralDate, CreatedAt, SubmissionToken, ReferrerName, VictimId,
                ProfessionalJudgement, PotentialEscalation, RepeatDeclared, VictimAwareOfReferral, ConsentGiven, Flags, IsImported, Version)
            VALUES (1, 'MRC-2026-00001', 1, '2026-11-20', '2026-11-20 10:00:00', '6f1c7a52-5a7e-4f1b-9a77-0d0a7e1f0004', 'A Referrer', 1,
                0, 0, 0, 1, 1, 0, 0, '6f1c7a52-5a7e-4f1b-9a77-0d0a7e1f0005');
            INSERT INTO ReferralAgencies (ReferralId, AgencyId) VALUES (1, 1);
            """);
    }

    private SqliteMaracDbContext Context() =>
        new(new DbContextOptionsBuilder<SqliteMaracDbContext>().UseSqlite($"Data Source={_path};Pooling=False").Options);

    public void Dispose() => File.Delete(_path);
}
