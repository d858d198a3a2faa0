using Marac.Data.Entities;
using Marac.Sharing.Grants;
using Marac.Sharing.Policy;
using Marac.Web.Features.Sharing;
using Marac.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marac.Web.Tests.Sharing;

/// <summary>
/// A list is filtered in the database by <see cref="VisibleCases"/>, a case page decided by <see cref="CaseAccessRules"/>:
/// both are built from the one sharing policy, and for every demo user and every case of the demo partnership they
/// must agree on which cases the user may see at all.
/// </summary>
[Collection(SharedAppCollection.Name)]
public sealed class PolicyFilterAgreementTests(MaracWebFactory app)
{
    [Fact]
    public async Task The_list_filter_and_the_single_case_decision_agree_for_every_demo_user_and_case()
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var caseIds = await app.WithDbAsync(db => db.Referrals.AsNoTracking().Select(r => r.Id).ToListAsync());
        var viewers = await app.WithDbAsync(db => db.StaffUsers.AsNoTracking().Where(u => u.Status == StaffUserStatus.Active)
            .Select(u => new CaseViewer(u.Id, u.AgencyId, u.Roles, u.Agency != null && u.Agency.ServesOnlyChildren,
                u.Agency != null && u.Agency.SourceCategory == ReferralSource.Idva)).ToListAsync());
        await using var scope = app.Services.CreateAsyncScope();
        var access = scope.ServiceProvider.GetRequiredService<CaseAccessService>();
        var seesSome = 0;

        foreach (var viewer in viewers)
        {
            var decided = (await access.DecideForCasesAsync(caseIds, viewer)).Where(d => d.Value.Allowed).Select(d => d.Key).ToHashSet();
            var filtered = (await app.WithDbAsync(db => VisibleCases.Filter(db.Referrals.AsNoTracking(), viewer, db.AccessGrants, db.CaseExclusions, now)
                .Select(r => r.Id).ToListAsync())).ToHashSet();

            filtered.Except(decided).Take(5).ShouldBeEmpty($"listed but refused for user {viewer.UserId} ({viewer.Roles})");
            decided.Except(filtered).Take(5).ShouldBeEmpty($"allowed but not listed for user {viewer.UserId} ({viewer.Roles})");
            seesSome += decided.Count > 0 && decided.Count < caseIds.Count ? 1 : 0;
        }
        seesSome.ShouldBeGreaterThanOrEqualTo(2, "some users should see some cases and not others, so the two can disagree");
    }
}
