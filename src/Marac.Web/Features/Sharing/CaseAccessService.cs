using System.Security.Claims;
using Marac.Data;
using Marac.Data.Entities;
using Marac.Data.Referrals;
using Marac.Sharing.Categories;
using Marac.Sharing.Grants;
using Marac.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Sharing;

/// <summary>
/// Loads what <see cref="CaseAccessRules"/> needs from the database and applies it: for one case, what a
/// viewer may see and under which grant. Read on every request (and every hub call), so a grant changed,
/// revoked or expired, or an exclusion recorded, takes effect at once. Within one request the gate and the page
/// ask the same question; the answer is remembered until the request saves anything, so it is read once.
/// </summary>
public sealed class CaseAccessService
{
    private readonly MaracDbContext _db;
    private readonly TimeProvider _clock;
    private readonly Dictionary<int, CaseViewer?> _viewersRead = [];
    private readonly Dictionary<(int ReferralId, CaseViewer Viewer), CaseAccess> _decided = [];

    public CaseAccessService(MaracDbContext db, TimeProvider clock)
    {
        _db = db;
        _clock = clock;
        // A save in this request may change what the answers rest on (a grant, a status, an exclusion).
        db.SavedChanges += (_, _) => Forget();
    }

    /// <summary>The viewer as the database describes them now (roles and agency are not trusted from a long-lived connection).</summary>
    public async Task<CaseViewer?> ViewerAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (user.StaffUserId() is not { } userId)
        {
            return null;
        }
        if (_viewersRead.TryGetValue(userId, out var known))
        {
            return known;
        }
        var viewer = await ReadViewerAsync(userId, ct);
        _viewersRead[userId] = viewer;
        return viewer;
    }

    private async Task<CaseViewer?> ReadViewerAsync(int userId, CancellationToken ct)
    {
        var staff = await _db.StaffUsers.AsNoTracking().Where(u => u.Id == userId && u.Status == StaffUserStatus.Active)
            .Select(u => new
            {
                u.Id, u.AgencyId, u.Roles, ServesOnlyChildren = u.Agency != null && u.Agency.ServesOnlyChildren,
                IsIdva = u.Agency != null && u.Agency.SourceCategory == ReferralSource.Idva,
            })
            .FirstOrDefaultAsync(ct);
        return staff is null ? null : new CaseViewer(staff.Id, staff.AgencyId, staff.Roles, staff.ServesOnlyChildren, staff.IsIdva);
    }

    public async Task<CaseAccess> DecideAsync(int referralId, ClaimsPrincipal user, CancellationToken ct = default) =>
        await ViewerAsync(user, ct) is { } viewer ? await DecideAsync(referralId, viewer, ct) : CaseAccess.Refused("not active staff");

    public async Task<CaseAccess> DecideAsync(int referralId, CaseViewer viewer, CancellationToken ct = default)
    {
        if (_decided.TryGetValue((referralId, viewer), out var known))
        {
            return known;
        }
        var decision = (await DecideForCasesAsync([referralId], viewer, ct))[referralId];
        _decided[(referralId, viewer)] = decision;
        return decision;
    }

    private void Forget()
    {
        _viewersRead.Clear();
        _decided.Clear();
    }

    /// <summary>
    /// The same decision for several viewers of one case (the audiences of a live broadcast), read in three
    /// queries whatever their number; the results are in the viewers' order.
    /// </summary>
    public async Task<IReadOnlyList<CaseAccess>> DecideForEachAsync(int referralId, IReadOnlyList<CaseViewer> viewers, CancellationToken ct = default)
    {
        if (!(await FactsForAsync([referralId], ct)).TryGetValue(referralId, out var facts))
        {
            return viewers.Select(_ => CaseAccess.Refused("no such case")).ToList();
        }
        var exclusions = await _db.CaseExclusions.AsNoTracking()
            .Where(e => e.ReferralId == referralId && e.RemovedAt == null)
            .Select(e => new ExclusionFacts(e.StaffUserId, e.AgencyId)).ToListAsync(ct);
        var grants = await GrantsNamingAnyAsync(viewers, facts, ct);
        var now = _clock.GetUtcNow().UtcDateTime;
        return viewers.Select(v => CaseAccessRules.Decide(v, facts, grants.Where(g => Names(g, v)).ToList(), exclusions, now)).ToList();
    }

    /// <summary>
    /// One viewer's access to several cases (a meeting's agenda, its minutes, an agency's actions), read in five
    /// queries whatever their number: the same decisions as deciding each case alone. Keyed by referral id.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, CaseAccess>> DecideForCasesAsync(IEnumerable<int> referralIds, CaseViewer viewer, CancellationToken ct = default)
    {
        var ids = referralIds.Distinct().ToList();
        var facts = await FactsForAsync(ids, ct);
        var exclusions = (await _db.CaseExclusions.AsNoTracking().Where(e => ids.Contains(e.ReferralId) && e.RemovedAt == null)
            .Select(e => new { e.ReferralId, e.StaffUserId, e.AgencyId }).ToListAsync(ct))
            .ToLookup(e => e.ReferralId, e => new ExclusionFacts(e.StaffUserId, e.AgencyId));
        var meetingIds = facts.Values.SelectMany(f => f.MeetingIds).Distinct().ToList();
        var grants = (await _db.AccessGrants.AsNoTracking()
            .Where(g => g.StaffUserId == viewer.UserId || (g.StaffUserId == null && g.AgencyId == viewer.AgencyId))
            .Where(g => (g.ReferralId != null && ids.Contains(g.ReferralId.Value)) || (g.MeetingId != null && meetingIds.Contains(g.MeetingId.Value)))
            .ToListAsync(ct)).Select(ToFacts).ToList();
        var now = _clock.GetUtcNow().UtcDateTime;
        return ids.ToDictionary(id => id, id => facts.TryGetValue(id, out var f)
            ? CaseAccessRules.Decide(viewer, f, grants.Where(g => Covers(g, f)).ToList(), exclusions[id].ToList(), now)
            : CaseAccess.Refused("no such case"));
    }

    /// <summary>Whether a grant is one of the case's: given for the case, or for a meeting listing it.</summary>
    private static bool Covers(GrantFacts grant, CaseFacts facts) =>
        grant.ReferralId == facts.ReferralId || (grant.MeetingId is { } meetingId && facts.MeetingIds.Contains(meetingId));

    /// <summary>
    /// The facts of each case in two flat statements, each read through its referral index. As one statement
    /// with nested collections, SQLite joined every agenda item to its meeting first (7.5 ms a case on the demo
    /// partnership; this way, 0.3 ms).
    /// </summary>
    private async Task<Dictionary<int, CaseFacts>> FactsForAsync(List<int> ids, CancellationToken ct)
    {
        var rows = await _db.Referrals.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new { r.Id, r.CreatedByUserId, r.Status, HasChildren = r.Children.Any() || r.ImportedChildrenCount > 0 })
            .ToListAsync(ct);
        // A meeting covers the cases on its agenda, and one deferred there once its discussion had begun (the attendees
        // saw it, and see what became of it); not one deferred before the meeting to the next.
        var meetings = (await _db.AgendaItems.AsNoTracking()
            .Where(i => ids.Contains(i.ReferralId) && (i.Status != AgendaItemStatus.Deferred || i.DiscussionStartedAt != null))
            .Select(i => new { i.ReferralId, i.MeetingId, i.Meeting.ChairUserId }).ToListAsync(ct)).ToLookup(m => m.ReferralId);
        return rows.ToDictionary(r => r.Id, r => new CaseFacts(r.Id, r.CreatedByUserId, ReferralLifecycle.IsAccepted(r.Status), r.HasChildren,
            meetings[r.Id].Select(m => m.MeetingId).ToHashSet(),
            meetings[r.Id].Where(m => m.ChairUserId != null).Select(m => m.ChairUserId!.Value).ToHashSet(), r.Status == ReferralStatus.Draft));
    }

    private static bool Names(GrantFacts grant, CaseViewer viewer) =>
        grant.StaffUserId == viewer.UserId || (grant.StaffUserId is null && grant.AgencyId == viewer.AgencyId);

    private async Task<List<GrantFacts>> GrantsNamingAnyAsync(IReadOnlyList<CaseViewer> viewers, CaseFacts facts, CancellationToken ct)
    {
        var meetingIds = facts.MeetingIds.ToList();
        var userIds = viewers.Select(v => v.UserId).Distinct().ToList();
        var agencyIds = viewers.Where(v => v.AgencyId is not null).Select(v => v.AgencyId!.Value).Distinct().ToList();
        var rows = await _db.AccessGrants.AsNoTracking()
            .Where(g => (g.StaffUserId != null && userIds.Contains(g.StaffUserId.Value))
                || (g.StaffUserId == null && g.AgencyId != null && agencyIds.Contains(g.AgencyId.Value)))
            .Where(g => g.ReferralId == facts.ReferralId || (g.MeetingId != null && meetingIds.Contains(g.MeetingId.Value)))
            .ToListAsync(ct);
        return rows.Select(ToFacts).ToList();
    }

    public static GrantFacts ToFacts(AccessGrant g) =>
        new(g.Id, g.AgencyId, g.StaffUserId, g.MeetingId, g.ReferralId, new CategorySet(g.Categories), g.ValidFrom, g.ValidTo, g.RevokedAt);
}
