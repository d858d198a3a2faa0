using Marac.Data;
using Marac.Data.Entities;
using Marac.Data.Matching;
using Marac.Sharing.Policy;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Governance.SubjectAccess;

/// <summary>
/// Finds everything held about a named person: each referral where they are the victim, a perpetrator or a
/// child, matched on name keys (so spellings, order and aliases match) and then on the subject ids a
/// coordinator has confirmed. Cases the coordinator must not receive are left out.
/// </summary>
public sealed class SubjectAccessFinder(MaracDbContext db)
{
    public async Task<SubjectAccessReport> FindAsync(SubjectSearch search, int? userId, int? agencyId, CancellationToken ct = default)
    {
        var people = await MatchingPeopleAsync(search, ct);
        var roles = await RolesAsync(people, ct);
        var excluded = await ExcludedAsync(roles.Select(r => r.ReferralId).Distinct().ToList(), userId, agencyId, ct);
        var cases = new List<HeldCase>();
        foreach (var (referralId, personId, role) in roles.Where(r => !excluded.Contains(r.ReferralId)).OrderBy(r => r.ReferralId))
        {
            if (await new CaseRecords(db).ReadAsync(referralId, personId, role, ct) is { } held)
            {
                cases.Add(held);
            }
        }
        var recipients = await Recipients.OfAsync(db, cases.Select(c => c.ReferralId).Distinct().ToList(), ct);
        return new SubjectAccessReport(cases.OrderByDescending(c => c.ReferralDate).ToList(), excluded.Count > 0, recipients);
    }

    private async Task<List<int>> MatchingPeopleAsync(SubjectSearch search, CancellationToken ct)
    {
        var key = NameKey.For(search.GivenName, search.FamilyName);
        if (key.Length == 0)
        {
            return [];
        }
        var byAlias = db.PersonAliases.Where(a => a.NameKey == key).Select(a => a.PersonId);
        var named = db.People.Where(p => p.NameKey == key || byAlias.Contains(p.Id));
        if (search.DateOfBirth is { } born)
        {
            named = named.Where(p => p.DateOfBirth == null || p.DateOfBirth == born);
        }
        var subjects = named.Select(p => p.SubjectId);
        return await db.People.Where(p => subjects.Contains(p.SubjectId)).Select(p => p.Id).ToListAsync(ct);
    }

    private async Task<List<(int ReferralId, int PersonId, SubjectRole Role)>> RolesAsync(List<int> people, CancellationToken ct)
    {
        var victims = await db.Referrals.Where(r => people.Contains(r.VictimId) && r.AnonymisedAt == null)
            .Select(r => new { r.Id, r.VictimId }).ToListAsync(ct);
        var perpetrators = await db.ReferralPerpetrators.Where(p => people.Contains(p.PersonId))
            .Select(p => new { p.ReferralId, p.PersonId }).ToListAsync(ct);
        var children = await db.ReferralChildren.Where(c => people.Contains(c.PersonId))
            .Select(c => new { c.ReferralId, c.PersonId }).ToListAsync(ct);
        return victims.Select(v => (v.Id, v.VictimId, SubjectRole.Victim))
            .Concat(perpetrators.Select(p => (p.ReferralId, p.PersonId, SubjectRole.Perpetrator)))
            .Concat(children.Select(c => (c.ReferralId, c.PersonId, SubjectRole.Child)))
            .ToList();
    }

    private async Task<HashSet<int>> ExcludedAsync(List<int> referralIds, int? userId, int? agencyId, CancellationToken ct) =>
        (await Exclusions.ExcludedCaseIds(db.CaseExclusions.AsNoTracking(), userId ?? -1, agencyId)
            .Where(id => referralIds.Contains(id)).ToListAsync(ct)).ToHashSet();
}
