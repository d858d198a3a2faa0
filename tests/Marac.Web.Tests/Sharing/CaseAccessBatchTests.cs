using Marac.Data.Entities;
using Marac.Sharing.Categories;
using Marac.Sharing.Grants;
using Marac.Web.Features.Sharing;
using Marac.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marac.Web.Tests.Sharing;

/// <summary>
/// Deciding a viewer's access to many cases at once (an agenda, minutes, an agency's actions) must give, case by
/// case, exactly what deciding each case on its own gives: checked for every demo user over the cases listed at
/// the demo's meetings, a returned and a draft referral, and a case that does not exist.
/// </summary>
[Collection(SharedAppCollection.Name)]
public sealed class CaseAccessBatchTests(MaracWebFactory app)
{
    [Fact]
    public async Task Deciding_many_cases_at_once_gives_each_case_the_decision_it_gets_alone()
    {
        var referralIds = await CasesAsync();
        var viewers = await app.WithDbAsync(db => db.StaffUsers.AsNoTracking().Where(u => u.Status == StaffUserStatus.Active)
            .Select(u => new CaseViewer(u.Id, u.AgencyId, u.Roles, u.Agency != null && u.Agency.ServesOnlyChildren)).ToListAsync());
        await using var scope = app.Services.CreateAsyncScope();
        var access = scope.ServiceProvider.GetRequiredService<CaseAccessService>();
        var bases = new HashSet<AccessBasis>();

        foreach (var viewer in viewers)
        {
            var together = await access.DecideForCasesAsync(referralIds, viewer);
            together.Keys.ShouldBe(referralIds, ignoreOrder: true);
            foreach (var referralId in referralIds)
            {
                var alone = (await access.DecideForEachAsync(referralId, [viewer]))[0];
                together[referralId].ShouldBe(alone, $"case {referralId}, user {viewer.UserId}");
                bases.Add(alone.Basis);
            }
        }
        bases.Count.ShouldBeGreaterThanOrEqualTo(3, "the cases and users should meet several of the rules, not only refusal");
    }

    /// <summary>
    /// The gate and the page ask the same question in one request, so the answer is remembered; but a save in that
    /// request (a grant given, then revoked) must be seen by the next question, never the remembered answer.
    /// </summary>
    [Fact]
    public async Task A_grant_given_or_revoked_within_a_request_changes_the_next_decision_in_it()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Marac.Data.MaracDbContext>();
        var access = scope.ServiceProvider.GetRequiredService<CaseAccessService>();
        var (viewer, referralId) = await RefusedRepresentativeAsync(access);
        var lawfulBasisId = await db.Agencies.Where(a => a.Id == viewer.AgencyId).Select(a => a.LawfulBasisId).SingleAsync()
            ?? await db.LawfulBases.Select(b => b.Id).FirstAsync();

        var grant = new AccessGrant
        {
            AgencyId = viewer.AgencyId, ReferralId = referralId, Purpose = "MARAC case", LawfulBasisId = lawfulBasisId,
            Categories = CategorySet.Of(DataCategory.Identity, DataCategory.Risk).Mask, ValidFrom = DateTime.UtcNow.AddMinutes(-1), ValidTo = DateTime.UtcNow.AddDays(1),
            Origin = GrantOrigin.Coordinator, Reason = "test of a decision within one request", GrantedAt = DateTime.UtcNow,
        };
        db.AccessGrants.Add(grant);
        await db.SaveChangesAsync();
        var granted = await access.DecideAsync(referralId, viewer);
        grant.RevokedAt = DateTime.UtcNow;
        await db.SaveChangesAsync();
        var revoked = await access.DecideAsync(referralId, viewer);

        granted.Basis.ShouldBe(AccessBasis.Grant);
        granted.GrantId.ShouldBe(grant.Id);
        revoked.Allowed.ShouldBeFalse();
    }

    /// <summary>An agency representative refused an accepted case nobody is excluded from (no grant of their agency's covers it).</summary>
    private async Task<(CaseViewer Viewer, int ReferralId)> RefusedRepresentativeAsync(CaseAccessService access)
    {
        var representatives = await app.WithDbAsync(db => db.StaffUsers.AsNoTracking()
            .Where(u => u.Status == StaffUserStatus.Active && u.AgencyId != null && u.Roles == AppRoles.AgencyRepresentative)
            .Select(u => new CaseViewer(u.Id, u.AgencyId, u.Roles, u.Agency!.ServesOnlyChildren, false)).ToListAsync());
        var accepted = await app.WithDbAsync(db => db.Referrals.AsNoTracking()
            .Where(r => r.Status == ReferralStatus.Accepted && !db.CaseExclusions.Any(e => e.ReferralId == r.Id && e.RemovedAt == null))
            .Select(r => r.Id).ToListAsync());
        foreach (var viewer in representatives)
        {
            var decisions = await access.DecideForCasesAsync(accepted, viewer);
            if (decisions.FirstOrDefault(d => d.Value.Basis == AccessBasis.None) is { Value: not null } refused)
            {
                var first = await access.DecideAsync(refused.Key, viewer);
                first.Allowed.ShouldBeFalse();
                return (viewer, refused.Key);
            }
        }
        throw new InvalidOperationException("Every demo representative can see every accepted case.");
    }

    /// <summary>The cases listed at the demo's most recent meetings, one returned and one draft referral, and an id no case has.</summary>
    private Task<List<int>> CasesAsync() => app.WithDbAsync<List<int>>(async db =>
    {
        var listed = await db.AgendaItems.AsNoTracking().OrderByDescending(i => i.MeetingId).Select(i => i.ReferralId).Distinct().Take(40).ToListAsync();
        var others = await db.Referrals.AsNoTracking().Where(r => r.Status == ReferralStatus.Returned || r.Status == ReferralStatus.Draft)
            .GroupBy(r => r.Status).Select(g => g.Min(r => r.Id)).ToListAsync();
        return [.. listed, .. others, int.MaxValue];
    });
}
