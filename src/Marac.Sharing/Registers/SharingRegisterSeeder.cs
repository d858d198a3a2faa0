using Marac.Data;
using Marac.Data.Entities;
using Marac.Sharing.Grants;
using Microsoft.EntityFrameworkCore;

namespace Marac.Sharing.Registers;

/// <summary>
/// Gives a new partnership a lawful-basis register and a first confidentiality statement, and each agency
/// that has never been set up for sharing (no lawful basis yet) the basis and sharing profile usual for its
/// kind. Safe at every start-up: it only fills what is missing.
/// </summary>
public static class SharingRegisterSeeder
{
    public static async Task SeedAsync(MaracDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!await db.LawfulBases.AnyAsync(ct))
        {
            db.LawfulBases.AddRange(DefaultLawfulBases.Create());
            await db.SaveChangesAsync(ct);
        }
        if (!await db.ConfidentialityStatements.AnyAsync(ct))
        {
            db.ConfidentialityStatements.Add(new ConfidentialityStatement
            {
                Number = 1, Text = ConfidentialityStatements.FirstVersion, CreatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync(ct);
        }
        await SetUpAgenciesAsync(db, ct);
    }

    private static async Task SetUpAgenciesAsync(MaracDbContext db, CancellationToken ct)
    {
        var agencies = await db.Agencies.Where(a => a.LawfulBasisId == null).ToListAsync(ct);
        if (agencies.Count == 0)
        {
            return;
        }
        var bases = await db.LawfulBases.ToDictionaryAsync(b => b.Name, b => b.Id, ct);
        foreach (var agency in agencies)
        {
            agency.LawfulBasisId = bases.TryGetValue(DefaultLawfulBases.For(agency.SourceCategory), out var id) ? id : bases.Values.Min();
            agency.SharingProfile = agency.SharingProfile == 0 ? SharingProfiles.DefaultFor(agency.SourceCategory).Mask : agency.SharingProfile;
        }
        await db.SaveChangesAsync(ct);
    }
}
