using Marac.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Marac.Data.Reference;

/// <summary>
/// Reference data every environment needs: the default DASH instrument and the bank holidays.
/// Safe to run at every start-up: it only adds what is missing.
/// </summary>
public static class ReferenceDataSeeder
{
    public static async Task SeedAsync(MaracDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var instrumentAdded = await AddDashInstrumentIfAbsentAsync(db, ct);
        var holidaysAdded = await AddMissingBankHolidaysAsync(db, ct);
        if (!instrumentAdded && holidaysAdded == 0)
        {
            return;
        }

        var suppressed = db.SuppressChangeAudit;
        db.SuppressChangeAudit = true;
        try
        {
            if (instrumentAdded)
            {
                db.RecordAudit(AuditAction.Create, nameof(RiskInstrument),
                    detail: $"reference data: {DashInstrument.Code} {DashInstrument.Version}, {DashInstrument.Questions.Count} questions");
            }
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.SuppressChangeAudit = suppressed;
        }
    }

    private static async Task<bool> AddDashInstrumentIfAbsentAsync(MaracDbContext db, CancellationToken ct)
    {
        var exists = await db.RiskInstruments.AnyAsync(
            i => i.Code == DashInstrument.Code && i.Version == DashInstrument.Version, ct);
        if (exists)
        {
            return false;
        }
        // A partnership that already uses another current instrument (its licensed wording) keeps it.
        var anotherIsCurrent = await db.RiskInstruments.AnyAsync(i => i.IsCurrent, ct);
        db.RiskInstruments.Add(DashInstrument.Create(isCurrent: !anotherIsCurrent));
        return true;
    }

    private static async Task<int> AddMissingBankHolidaysAsync(MaracDbContext db, CancellationToken ct)
    {
        var first = new DateOnly(BankHolidays.FirstYear, 1, 1);
        var last = new DateOnly(BankHolidays.LastYear, 12, 31);
        var existing = (await db.BankHolidays
                .Where(h => h.Date >= first && h.Date <= last)
                .Select(h => h.Date)
                .ToListAsync(ct))
            .ToHashSet();
        var missing = BankHolidays.All.Where(h => !existing.Contains(h.Date)).ToList();
        db.BankHolidays.AddRange(missing.Select(h => new BankHoliday { Date = h.Date, Name = h.Name }));
        return missing.Count;
    }
}
