using Marac.Data;
using Marac.Data.Entities;
using Marac.Sharing.Grants;
using Marac.Sharing.Policy;

namespace Marac.Web.Features.Referrals;

/// <summary>
/// Which referrals a member of staff finds on the referral pages: the sharing policy's filter
/// (<see cref="VisibleCases"/>) for the audiences whose referral page shows a referral, coordinators and the
/// referring person, and the viewer's own drafts. Agencies read a case through their grants at /cases/{id}.
/// </summary>
public static class ReferralVisibility
{
    public static readonly IReadOnlySet<Audience> ReferralPageAudiences = new HashSet<Audience> { Audience.Coordinator, Audience.ReferringPerson };

    public static IQueryable<Referral> ListedFor(MaracDbContext db, CaseViewer? viewer, DateTime utcNow)
    {
        if (viewer is null)
        {
            return db.Referrals.Where(_ => false);
        }
        var visible = VisibleCases.Filter(db.Referrals, viewer, db.AccessGrants, db.CaseExclusions, utcNow, ReferralPageAudiences);
        return db.Referrals.Where(r => (r.Status == ReferralStatus.Draft && r.CreatedByUserId == viewer.UserId) || visible.Any(v => v.Id == r.Id));
    }
}
