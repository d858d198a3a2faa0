using System.Security.Claims;
using Marac.Data;
using Marac.Data.Entities;
using Marac.Sharing.Categories;
using Marac.Sharing.Grants;
using Marac.Sharing.Policy;
using Marac.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Agendas;

/// <summary>
/// What an agency representative may see of an agenda: a meeting only once it is published to their agency
/// (and not yet over), and of its listed cases only those with children when the agency serves only children.
/// </summary>
public static class AgendaVisibility
{
    /// <summary>An agenda shows the cases an agency sees through its grants, not those it referred or chairs.</summary>
    private static readonly IReadOnlySet<Audience> AgendaAudiences =
        new HashSet<Audience> { Audience.InvitedRepresentative, Audience.IdvaHoldingCase, Audience.NamedRepresentative };

    /// <summary>The viewer's agency when they are an agency representative; null for everyone else.</summary>
    public static async Task<Agency?> RepresentedAgencyAsync(this MaracDbContext db, ClaimsPrincipal viewer) =>
        viewer.IsInRole(MaracRoles.AgencyRepresentative) && viewer.AgencyId() is { } agencyId
            ? await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == agencyId)
            : null;

    /// <summary>
    /// The meeting, when its agenda is published to <paramref name="agency"/>, preparation is open, and a
    /// live grant for the meeting covers the agency (revoking or expiring it closes the agenda at once).
    /// </summary>
    public static Task<Meeting?> PublishedToAsync(this MaracDbContext db, int meetingId, Agency agency, DateTime utcNow) =>
        db.Meetings.AsNoTracking()
            .Where(m => m.Id == meetingId && m.FirstPublishedAt != null && (m.Status == MeetingStatus.Published || m.Status == MeetingStatus.InProgress))
            .Where(m => m.InvitedAgencies.Any(a => a.AgencyId == agency.Id))
            .Where(m => db.AccessGrants.Any(g => g.MeetingId == m.Id && g.AgencyId == agency.Id && g.StaffUserId == null
                && g.RevokedAt == null && g.ValidFrom <= utcNow && g.ValidTo > utcNow))
            .FirstOrDefaultAsync();

    /// <summary>
    /// The listed cases of the meeting the viewer may see, by the sharing policy's list filter (so not a case
    /// they or their agency must not receive, not one before acceptance, and only cases with children when the
    /// agency serves only children).
    /// </summary>
    public static IQueryable<AgendaItem> VisibleItems(this MaracDbContext db, int meetingId, CaseViewer viewer, DateTime utcNow)
    {
        var visible = VisibleCases.Filter(db.Referrals, viewer, db.AccessGrants, db.CaseExclusions, utcNow, AgendaAudiences);
        return db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == meetingId && i.Status == AgendaItemStatus.Listed && visible.Any(r => r.Id == i.ReferralId));
    }

    /// <summary>What an agency's live grants for a meeting allow, and the widest of them (for the disclosure record).</summary>
    public static async Task<(CategorySet Granted, int? GrantId)> MeetingGrantAsync(this MaracDbContext db, int meetingId, int agencyId, DateTime utcNow)
    {
        var grants = await db.AccessGrants.AsNoTracking()
            .Where(g => g.MeetingId == meetingId && g.AgencyId == agencyId && g.StaffUserId == null
                && g.RevokedAt == null && g.ValidFrom <= utcNow && g.ValidTo > utcNow)
            .Select(g => new { g.Id, g.Categories }).ToListAsync();
        var granted = grants.Aggregate(CategorySet.None, (set, g) => set.Union(new CategorySet(g.Categories)));
        return (granted, grants.OrderByDescending(g => new CategorySet(g.Categories).Count()).Select(g => (int?)g.Id).FirstOrDefault());
    }
}
