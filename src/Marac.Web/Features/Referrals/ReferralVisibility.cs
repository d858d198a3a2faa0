using System.Security.Claims;
using Marac.Data.Entities;
using Marac.Web.Infrastructure.Auth;

namespace Marac.Web.Features.Referrals;

/// <summary>
/// Which referrals a member of staff may see on the referral pages: coordinators see all; a referrer
/// sees the referrals they made; an agency representative also sees those their agency made (an
/// implicit grant of what their agency supplied). A case the viewer or their agency must not receive is
/// never visible, whatever the role.
/// </summary>
public static class ReferralVisibility
{
    public static IQueryable<Referral> VisibleTo(this IQueryable<Referral> referrals, ClaimsPrincipal user, IQueryable<CaseExclusion> exclusions)
    {
        var userId = user.StaffUserId() ?? -1;
        var ownAgencyId = user.AgencyId() ?? -1;
        referrals = referrals.Where(r => !exclusions.Any(e => e.ReferralId == r.Id && e.RemovedAt == null
            && (e.StaffUserId == userId || e.AgencyId == ownAgencyId)));
        var agencyId = user.IsInRole(MaracRoles.AgencyRepresentative) ? ownAgencyId : -1;
        if (user.IsInRole(MaracRoles.Coordinator))
        {
            return referrals.Where(r => r.Status != ReferralStatus.Draft || r.CreatedByUserId == userId);
        }
        return referrals.Where(r => r.CreatedByUserId == userId
            || (r.Status != ReferralStatus.Draft && r.ReferringAgencies.Any(a => a.AgencyId == agencyId)));
    }
}
