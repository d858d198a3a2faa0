using System.Security.Claims;
using Marac.Data;
using Marac.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Sharing;

public static class ExclusionQueries
{
    /// <summary>The cases this member of staff, or their agency, must not receive (whatever their role).</summary>
    public static async Task<IReadOnlySet<int>> ExcludedReferralIdsAsync(this MaracDbContext db, ClaimsPrincipal user)
    {
        var userId = user.StaffUserId() ?? -1;
        var agencyId = user.AgencyId() ?? -1;
        return (await db.CaseExclusions.AsNoTracking()
                .Where(e => e.RemovedAt == null && (e.StaffUserId == userId || e.AgencyId == agencyId))
                .Select(e => e.ReferralId).ToListAsync())
            .ToHashSet();
    }
}
