using Marac.Data.Entities;
using Marac.Data.Reference;
using Microsoft.EntityFrameworkCore;

namespace Marac.Data.Demo;

/// <summary>Writes the partnership settings, the agencies and the demo staff, and returns their ids.</summary>
internal static class DemoPartnershipWriter
{
    private static readonly DateTime StaffFirstSeen = DemoCalendar.UkToUtc(new DateOnly(2015, 6, 15), new TimeOnly(9, 0));

    public static async Task<DemoIds> WriteAsync(MaracDbContext db, DemoRandom random, CancellationToken ct)
    {
        await WriteSettingsAsync(db, random, ct);
        var agencies = DemoAgencies.All.ToDictionary(a => a.Name, a => NewAgency(a, random));
        db.Agencies.AddRange(agencies.Values);
        var users = await WriteUsersAsync(db, agencies, random, ct);
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        var instrumentId = await db.RiskInstruments
            .Where(i => i.Code == DashInstrument.Code && i.Version == DashInstrument.Version)
            .Select(i => i.Id)
            .SingleAsync(ct);
        var ids = new DemoIds(
            agencies.ToDictionary(a => a.Key, a => a.Value.Id),
            users.ToDictionary(u => u.ObjectId, u => u.Id),
            instrumentId);
        db.ChangeTracker.Clear();
        return ids;
    }

    private static async Task WriteSettingsAsync(MaracDbContext db, DemoRandom random, CancellationToken ct)
    {
        var settings = await db.PartnershipSettings.OrderBy(s => s.Id).FirstOrDefaultAsync(ct);
        if (settings is null)
        {
            settings = new PartnershipSettings { PartnershipName = DemoPartnership.PartnershipName, Version = random.NextGuid() };
            db.PartnershipSettings.Add(settings);
        }
        settings.PartnershipName = DemoPartnership.PartnershipName;
        settings.AdultFemalePopulation = 144_000;
        settings.MinoritisedPopulationPercent = 26;
        settings.MaracIdvaFte = 3;
        // Long enough that retention never purges any of the demo history.
        settings.CaseRetentionYears = 50;
        settings.MinutesRetentionYears = 50;
        settings.AuditRetentionYears = 50;
        settings.SensitivePlaceNames = DemoPartnership.SensitivePlaceNames;
    }

    private static Agency NewAgency(DemoAgency agency, DemoRandom random) => new()
    {
        Name = agency.Name,
        SourceCategory = agency.Category,
        ServesOnlyChildren = agency.ServesOnlyChildren,
        TenantId = null,
        InformationSharingAgreementDate = agency.AgreementSigned,
        IsCoreMember = true,
        IsActive = true,
        Version = random.NextGuid(),
    };

    /// <summary>Adds the demo staff; any already known (signed in before the seed ran) are brought up to date.</summary>
    private static async Task<List<StaffUser>> WriteUsersAsync(
        MaracDbContext db, Dictionary<string, Agency> agencies, DemoRandom random, CancellationToken ct)
    {
        var existing = await db.StaffUsers
            .Where(u => u.TenantId == DemoPartnership.DevelopmentTenantId)
            .ToDictionaryAsync(u => u.ObjectId, ct);
        var users = new List<StaffUser>();
        foreach (var demo in DemoPartnership.Users)
        {
            var user = existing.GetValueOrDefault(demo.ObjectId);
            if (user is null)
            {
                user = new StaffUser
                {
                    TenantId = DemoPartnership.DevelopmentTenantId, ObjectId = demo.ObjectId, DisplayName = demo.DisplayName,
                    Email = demo.Email, FirstSeenAt = StaffFirstSeen, Version = random.NextGuid(),
                };
                db.StaffUsers.Add(user);
            }
            user.DisplayName = demo.DisplayName;
            user.Email = demo.Email;
            user.Agency = agencies[demo.AgencyName];
            user.Roles = demo.Roles;
            user.Status = StaffUserStatus.Active;
            users.Add(user);
        }
        return users;
    }
}
