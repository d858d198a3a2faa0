using System.Security.Claims;
using Marac.Data;
using Marac.Data.Entities;
using Marac.Web.Features.LiveMeeting;
using Marac.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Sharing;

/// <summary>
/// Records and lifts "must not receive" entries; each needs a reason. Recording one closes the excluded
/// user's (or agency's) live meeting connections at once.
/// </summary>
public sealed class ExclusionEditor(MaracDbContext db, TimeProvider clock, IMeetingConnections connections)
{
    public async Task<IReadOnlyDictionary<string, string>> AddAsync(int referralId, int? agencyId, int? staffUserId, string? reason, ClaimsPrincipal user)
    {
        var problems = new Dictionary<string, string>();
        if ((agencyId is null) == (staffUserId is null))
        {
            problems["ExcludeWho"] = "Choose one person or one agency who must not receive this case";
        }
        else if (agencyId is { } agency && !await db.Agencies.AnyAsync(a => a.Id == agency))
        {
            problems["ExcludeAgencyId"] = "Choose an agency from the list";
        }
        else if (staffUserId is { } staff && !await db.StaffUsers.AnyAsync(u => u.Id == staff))
        {
            problems["ExcludeUserId"] = "Choose a person from the list";
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            problems["ExcludeReason"] = "Enter why they must not receive this case";
        }
        if (problems.Count > 0)
        {
            return problems;
        }
        db.CaseExclusions.Add(new CaseExclusion
        {
            ReferralId = referralId, AgencyId = agencyId, StaffUserId = staffUserId, Reason = reason!.Trim(),
            RecordedAt = clock.GetUtcNow().UtcDateTime, RecordedByUserId = user.StaffUserId(),
        });
        await db.SaveChangesAsync();
        await (staffUserId is { } excludedUser ? connections.DisconnectUserAsync(excludedUser) : connections.DisconnectAgencyAsync(agencyId!.Value));
        return problems;
    }

    public async Task<bool> RemoveAsync(int referralId, int exclusionId, string? reason, ClaimsPrincipal user)
    {
        var exclusion = await db.CaseExclusions.FirstOrDefaultAsync(e => e.Id == exclusionId && e.ReferralId == referralId && e.RemovedAt == null);
        if (exclusion is null || string.IsNullOrWhiteSpace(reason))
        {
            return false;
        }
        exclusion.RemovedAt = clock.GetUtcNow().UtcDateTime;
        exclusion.RemovedByUserId = user.StaffUserId();
        exclusion.RemovedReason = reason.Trim();
        await db.SaveChangesAsync();
        return true;
    }
}
