using Marac.Data.Entities;
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

    /// <summary>The cases listed at the demo's most recent meetings, one returned and one draft referral, and an id no case has.</summary>
    private Task<List<int>> CasesAsync() => app.WithDbAsync<List<int>>(async db =>
    {
        var listed = await db.AgendaItems.AsNoTracking().OrderByDescending(i => i.MeetingId).Select(i => i.ReferralId).Distinct().Take(40).ToListAsync();
        var others = await db.Referrals.AsNoTracking().Where(r => r.Status == ReferralStatus.Returned || r.Status == ReferralStatus.Draft)
            .GroupBy(r => r.Status).Select(g => g.Min(r => r.Id)).ToListAsync();
        return [.. listed, .. others, int.MaxValue];
    });
}
