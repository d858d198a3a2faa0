using Marac.Data.Entities;
using Marac.Sharing.Categories;

namespace Marac.Sharing.Grants;

/// <summary>
/// Decides what one viewer may see of one case (architecture.md, "Information sharing"). Exclusion beats
/// every grant and every role; coordinators see everything; a meeting's chair sees what a coordinator
/// sees for the cases of the meetings they chair; the referrer and the referring agency's representatives
/// see what they supplied; everyone else needs a live grant naming them or their agency and covering the
/// case, and an agency that serves only children is never covered for a case without children by a
/// meeting grant.
/// </summary>
public static class CaseAccessRules
{
    public static CaseAccess Decide(CaseViewer viewer, CaseFacts facts, IEnumerable<GrantFacts> grants,
        IEnumerable<ExclusionFacts> exclusions, DateTime utcNow)
    {
        if (IsExcluded(viewer, exclusions))
        {
            return CaseAccess.Refused("excluded");
        }
        if (viewer.Has(AppRoles.Coordinator))
        {
            return new(AccessBasis.Coordinator, CategorySet.Grantable, CategorySet.Grantable, null, null);
        }
        if (viewer.Has(AppRoles.Chair) && facts.ChairUserIds.Contains(viewer.UserId))
        {
            return new(AccessBasis.Chair, CategorySet.Grantable, CategorySet.Grantable, null, null);
        }
        var (granted, grantId) = FromGrants(viewer, facts, grants, utcNow);
        var supplied = IsSupplier(viewer, facts) ? CategorySet.Grantable : CategorySet.None;
        if (grantId is not null)
        {
            return new(AccessBasis.Grant, granted, supplied, grantId, null);
        }
        return supplied.IsEmpty
            ? CaseAccess.Refused("no live grant")
            : new(AccessBasis.Supplier, CategorySet.None, supplied, null, null);
    }

    public static bool IsExcluded(CaseViewer viewer, IEnumerable<ExclusionFacts> exclusions) =>
        exclusions.Any(e => e.StaffUserId == viewer.UserId || (e.AgencyId is not null && e.AgencyId == viewer.AgencyId));

    /// <summary>Whether a grant names this viewer, directly or through their agency.</summary>
    public static bool Names(GrantFacts grant, CaseViewer viewer) =>
        grant.StaffUserId == viewer.UserId
        || (grant.StaffUserId is null && grant.AgencyId is not null && grant.AgencyId == viewer.AgencyId && viewer.Has(AppRoles.AgencyRepresentative));

    /// <summary>Whether a grant's scope takes in this case.</summary>
    public static bool Covers(GrantFacts grant, CaseFacts facts, CaseViewer viewer)
    {
        if (grant.ReferralId is not null)
        {
            return grant.ReferralId == facts.ReferralId;
        }
        return grant.MeetingId is not null && facts.MeetingIds.Contains(grant.MeetingId.Value)
            && (facts.HasChildren || !viewer.AgencyServesOnlyChildren);
    }

    private static (CategorySet Granted, int? GrantId) FromGrants(CaseViewer viewer, CaseFacts facts, IEnumerable<GrantFacts> grants, DateTime utcNow)
    {
        var applying = grants.Where(g => g.IsLiveAt(utcNow) && Names(g, viewer) && Covers(g, facts, viewer))
            .OrderByDescending(g => g.Categories.Count()).ThenBy(g => g.Id).ToList();
        var granted = applying.Aggregate(CategorySet.None, (set, g) => set.Union(g.Categories));
        return (granted, applying.FirstOrDefault()?.Id);
    }

    private static bool IsSupplier(CaseViewer viewer, CaseFacts facts) =>
        (facts.CreatedByUserId is not null && facts.CreatedByUserId == viewer.UserId)
        || (viewer.Has(AppRoles.AgencyRepresentative) && viewer.AgencyId is { } agency && facts.ReferringAgencyIds.Contains(agency));
}
