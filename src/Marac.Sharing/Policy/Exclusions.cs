using Marac.Data.Entities;
using Marac.Sharing.Grants;

namespace Marac.Sharing.Policy;

/// <summary>
/// The exclusion rule, the first line of the sharing policy: a case excluded for a member of staff, or for their
/// agency, reaches neither them nor anyone of that agency, whatever their role or grants. One rule in two forms:
/// over facts already read, and as a database query for lists.
/// </summary>
public static class Exclusions
{
    public static bool Excludes(IEnumerable<ExclusionFacts> exclusions, int userId, int? agencyId) =>
        exclusions.Any(e => e.StaffUserId == userId || (e.AgencyId is not null && e.AgencyId == agencyId));

    /// <summary>The ids of the cases excluded, now, for this member of staff or their agency.</summary>
    public static IQueryable<int> ExcludedCaseIds(IQueryable<CaseExclusion> exclusions, int userId, int? agencyId)
    {
        var agency = agencyId ?? -1;
        return exclusions.Where(e => e.RemovedAt == null && (e.StaffUserId == userId || e.AgencyId == agency)).Select(e => e.ReferralId);
    }
}
