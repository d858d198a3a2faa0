using Marac.Data;
using Marac.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Sharing;

/// <summary>
/// Publishing an agenda grants each invited agency its default sharing profile for the meeting's cases,
/// under the agency's recorded lawful basis, until a set time after the meeting. An agency with no lawful
/// basis recorded gets nothing, and the coordinator is told.
/// </summary>
public sealed class PublicationGrants(MaracDbContext db)
{
    public const string Purpose = "Preparing for and attending the MARAC meeting";

    /// <summary>Adds the missing grants to the unit of work; returns the names of agencies that could not be granted.</summary>
    public async Task<IReadOnlyList<string>> AddAsync(Meeting meeting, int? grantedBy, DateTime utcNow)
    {
        var settings = await db.PartnershipSettings.AsNoTracking().Select(s => new { s.GrantExpiryDays }).FirstOrDefaultAsync();
        var expiry = UkTime.ToUtc(meeting.StartsAt.Date.AddDays(1 + (settings?.GrantExpiryDays ?? 28)));
        var invited = meeting.InvitedAgencies.Select(a => a.AgencyId).ToList();
        var agencies = await db.Agencies.AsNoTracking().Where(a => invited.Contains(a.Id)).ToListAsync();
        var alreadyGranted = await db.AccessGrants
            .Where(g => g.MeetingId == meeting.Id && g.Origin == GrantOrigin.Publication && g.RevokedAt == null && g.AgencyId != null)
            .Select(g => g.AgencyId!.Value).ToListAsync();
        var missingBasis = new List<string>();
        foreach (var agency in agencies.Where(a => !alreadyGranted.Contains(a.Id)))
        {
            if (agency.LawfulBasisId is not { } basis)
            {
                missingBasis.Add(agency.Name);
                continue;
            }
            db.AccessGrants.Add(new AccessGrant
            {
                AgencyId = agency.Id, MeetingId = meeting.Id, Purpose = Purpose, LawfulBasisId = basis,
                Categories = agency.SharingProfile, ValidFrom = utcNow, ValidTo = expiry, Origin = GrantOrigin.Publication,
                GrantedAt = utcNow, GrantedByUserId = grantedBy,
            });
        }
        return missingBasis;
    }
}
