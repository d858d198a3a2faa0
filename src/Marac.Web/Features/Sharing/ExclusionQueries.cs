using System.Security.Claims;
using Marac.Data;
using Marac.Sharing.Policy;
using Marac.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Sharing;

public static class ExclusionQueries
{
    /// <summary>The cases this member of staff, or their agency, must not receive (whatever their role).</summary>
    public static async Task<IReadOnlySet<int>> ExcludedReferralIdsAsync(this MaracDbContext db, ClaimsPrincipal user)
    {
        var excluded = Exclusions.ExcludedCaseIds(db.CaseExclusions.AsNoTracking(), user.StaffUserId() ?? -1, user.AgencyId());
        return (await excluded.ToListAsync()).ToHashSet();
    }
}
