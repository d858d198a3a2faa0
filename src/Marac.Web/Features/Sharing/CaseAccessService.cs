using System.Security.Claims;
using Marac.Data;
using Marac.Data.Entities;
using Marac.Sharing.Categories;
using Marac.Sharing.Grants;
using Marac.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Sharing;

/// <summary>
/// Loads what <see cref="CaseAccessRules"/> needs from the database and applies it: for one case, what a
/// viewer may see and under which grant. Read on every request (and every hub call), so a grant changed,
/// revoked or expired, or an exclusion recorded, takes effect at once.
/// </summary>
public sealed class CaseAccessService(MaracDbContext db, TimeProvider clock)
{
    /// <summary>The viewer as the database describes them now (roles and agency are not trusted from a long-lived connection).</summary>
    public async Task<CaseViewer?> ViewerAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (user.StaffUserId() is not { } userId)
        {
            return null;
        }
        var staff = await db.StaffUsers.AsNoTracking().Where(u => u.Id == userId && u.Status == StaffUserStatus.Active)
            .Select(u => new { u.Id, u.AgencyId, u.Roles, ServesOnlyChildren = u.Agency != null && u.Agency.ServesOnlyChildren })
            .FirstOrDefaultAsync(ct);
        return staff is null ? null : new CaseViewer(staff.Id, staff.AgencyId, staff.Roles, staff.ServesOnlyChildren);
    }

    public async Task<CaseAccess> DecideAsync(int referralId, ClaimsPrincipal user, CancellationToken ct = default) =>
        await ViewerAsync(user, ct) is { } viewer ? await DecideAsync(referralId, viewer, ct) : CaseAccess.Refused("not active staff");

    public async Task<CaseAccess> DecideAsync(int referralId, CaseViewer viewer, CancellationToken ct = default)
    {
        var facts = await FactsAsync(referralId, ct);
        if (facts is null)
        {
            return CaseAccess.Refused("no such case");
        }
        var exclusions = await db.CaseExclusions.AsNoTracking()
            .Where(e => e.ReferralId == referralId && e.RemovedAt == null)
            .Select(e => new ExclusionFacts(e.StaffUserId, e.AgencyId)).ToListAsync(ct);
        var grants = await GrantsNamingAsync(viewer, facts, ct);
        return CaseAccessRules.Decide(viewer, facts, grants, exclusions, clock.GetUtcNow().UtcDateTime);
    }

    private async Task<CaseFacts?> FactsAsync(int referralId, CancellationToken ct)
    {
        var row = await db.Referrals.AsNoTracking().Where(r => r.Id == referralId && r.Status != ReferralStatus.Draft)
            .Select(r => new
            {
                r.Id, r.CreatedByUserId,
                Agencies = r.ReferringAgencies.Select(a => a.AgencyId).ToList(),
                HasChildren = r.Children.Any() || r.ImportedChildrenCount > 0,
                Meetings = r.AgendaItems.Where(i => i.Status != AgendaItemStatus.Deferred)
                    .Select(i => new { i.MeetingId, i.Meeting.ChairUserId }).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        return row is null
            ? null
            : new CaseFacts(row.Id, row.CreatedByUserId, row.Agencies.ToHashSet(), row.HasChildren,
                row.Meetings.Select(m => m.MeetingId).ToHashSet(),
                row.Meetings.Where(m => m.ChairUserId != null).Select(m => m.ChairUserId!.Value).ToHashSet());
    }

    private async Task<List<GrantFacts>> GrantsNamingAsync(CaseViewer viewer, CaseFacts facts, CancellationToken ct)
    {
        var meetingIds = facts.MeetingIds.ToList();
        var rows = await db.AccessGrants.AsNoTracking()
            .Where(g => g.StaffUserId == viewer.UserId || (g.StaffUserId == null && g.AgencyId == viewer.AgencyId))
            .Where(g => g.ReferralId == facts.ReferralId || (g.MeetingId != null && meetingIds.Contains(g.MeetingId.Value)))
            .ToListAsync(ct);
        return rows.Select(ToFacts).ToList();
    }

    public static GrantFacts ToFacts(AccessGrant g) =>
        new(g.Id, g.AgencyId, g.StaffUserId, g.MeetingId, g.ReferralId, new CategorySet(g.Categories), g.ValidFrom, g.ValidTo, g.RevokedAt);
}
