using Marac.Data.Entities;
using Marac.Data.Reference;
using Marac.Data.Transactions;
using Microsoft.EntityFrameworkCore;

namespace Marac.Data.Demo;

/// <summary>
/// Fills an empty database with the fictional Coventry demo partnership: agencies, staff, eleven years
/// of weekly meetings and heard cases whose figures match Coventry's published ones for the 12 months
/// to June 2021, and the current work around <c>today</c>. Deterministic: the same <c>today</c> gives
/// the same data. Does nothing if any agency exists.
/// </summary>
public static class DemoPartnershipSeeder
{
    public const int WriteSeed = 613;

    public static async Task SeedAsync(MaracDbContext db, DateOnly today, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.Agencies.AnyAsync(ct))
        {
            return;
        }
        await ReferenceDataSeeder.SeedAsync(db, ct);
        var plan = DemoPlan.Build(today);

        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        var suppressAudit = db.SuppressChangeAudit;
        await db.InTransactionAsync(async transaction =>
        {
            try
            {
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                db.SuppressChangeAudit = true;
                await WriteAsync(db, plan, today, ct);

                db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
                db.SuppressChangeAudit = suppressAudit;
                db.RecordAudit(AuditAction.Create, "DemoPartnership", detail: "demo partnership seeded");
                await db.SaveChangesAsync(ct);
                if (transaction is not null)
                {
                    await transaction.CommitAsync(ct);
                }
                return true;
            }
            finally
            {
                db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
                db.SuppressChangeAudit = suppressAudit;
            }
        }, ct);
        await RefreshStatisticsAsync(db, ct);
    }

    /// <summary>
    /// SQLite keeps no planner statistics until ANALYZE runs; without them the repeat rule's subquery
    /// scans a year of referrals per case instead of following the victim's subject id.
    /// </summary>
    private static async Task RefreshStatisticsAsync(MaracDbContext db, CancellationToken ct)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE", ct);
        }
    }

    private static async Task WriteAsync(MaracDbContext db, DemoPlan plan, DateOnly today, CancellationToken ct)
    {
        var random = new DemoRandom(WriteSeed);
        var ids = await DemoPartnershipWriter.WriteAsync(db, random, ct);
        var referrals = new DemoReferralFactory(random, ids);
        await new DemoHistoryWriter(db, random, referrals, ids).WriteAsync(plan.History, ct);
        await new DemoCurrentWorkWriter(db, random, referrals, ids).WriteAsync(plan.Current, today, ct);
        await DemoSubjectAccessRequests.WriteAsync(db, today, ct);
    }
}
