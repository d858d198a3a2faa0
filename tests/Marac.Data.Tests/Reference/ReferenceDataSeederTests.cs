using Marac.Data.Reference;
using Marac.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Marac.Data.Tests.Reference;

public class ReferenceDataSeederTests
{
    [Fact]
    public async Task Seeds_the_DASH_instrument_with_24_questions()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using (var db = database.NewContext())
        {
            await ReferenceDataSeeder.SeedAsync(db);
        }

        await using var check = database.NewContext();
        var instrument = await check.RiskInstruments.Include(i => i.Questions).SingleAsync();
        instrument.Code.ShouldBe("DASH");
        instrument.Version.ShouldBe("2009-paraphrase-1");
        instrument.Name.ShouldBe("SafeLives DASH risk checklist (paraphrased)");
        instrument.HighRiskThreshold.ShouldBe(14);
        instrument.MediumRiskThreshold.ShouldBe(10);
        instrument.IsCurrent.ShouldBeTrue();
        instrument.Questions.Count.ShouldBe(24);
        instrument.Questions.Select(q => q.Number).Order().ShouldBe(Enumerable.Range(1, 24));
        instrument.Questions.ShouldAllBe(q => q.Text.EndsWith('?'));
        instrument.Questions.Single(q => q.Number == 1).Text.ShouldBe("Has the current incident resulted in injury?");
    }

    [Fact]
    public async Task Seeds_bank_holidays_including_the_one_offs()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using (var db = database.NewContext())
        {
            await ReferenceDataSeeder.SeedAsync(db);
        }

        await using var check = database.NewContext();
        var holidays = await check.BankHolidays.ToDictionaryAsync(h => h.Date, h => h.Name);
        holidays.Count.ShouldBe(BankHolidays.All.Count);
        holidays.ShouldContainKey(new DateOnly(2022, 9, 19));
        holidays.ShouldContainKey(new DateOnly(2023, 5, 8));
        holidays[new DateOnly(2025, 4, 21)].ShouldBe("Easter Monday");
    }

    [Fact]
    public async Task Is_idempotent_and_fills_in_missing_holidays()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using (var db = database.NewContext())
        {
            await ReferenceDataSeeder.SeedAsync(db);
            db.BankHolidays.Remove(await db.BankHolidays.SingleAsync(h => h.Date == new DateOnly(2025, 4, 21)));
            await db.SaveChangesAsync();
        }
        int auditEvents;
        await using (var db = database.NewContext())
        {
            auditEvents = await db.AuditEvents.CountAsync();
            await ReferenceDataSeeder.SeedAsync(db);
            await ReferenceDataSeeder.SeedAsync(db);
        }

        await using var check = database.NewContext();
        (await check.RiskInstruments.CountAsync()).ShouldBe(1);
        (await check.RiskQuestions().CountAsync()).ShouldBe(24);
        (await check.BankHolidays.CountAsync()).ShouldBe(BankHolidays.All.Count);
        (await check.BankHolidays.AnyAsync(h => h.Date == new DateOnly(2025, 4, 21))).ShouldBeTrue();
        (await check.AuditEvents.CountAsync()).ShouldBe(auditEvents);
    }
}

internal static class ReferenceQueries
{
    public static IQueryable<Entities.RiskQuestion> RiskQuestions(this MaracDbContext db) => db.Set<Entities.RiskQuestion>();
}
