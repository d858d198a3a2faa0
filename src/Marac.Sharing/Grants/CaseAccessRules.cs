using Marac.Data.Entities;
using Marac.Sharing.Categories;
using Marac.Sharing.Policy;

namespace Marac.Sharing.Grants;

/// <summary>
/// Decides what one viewer may see of one case, by the sharing policy (<see cref="SharingPolicy"/>,
/// docs/sharing-policy.md): exclusion beats every grant and every role; then the viewer's audiences for the
/// case are found and the policy's cells for the case's phase are joined. A meeting grant never covers an
/// adult-only case for an agency that serves only children.
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
        if (facts.IsDraft)
        {
            // A draft is not yet a referral: its author's work alone, shared with nobody.
            return facts.CreatedByUserId == viewer.UserId
                ? new(AccessBasis.Supplier, CategorySet.None, CategorySet.Grantable, null, null)
                : CaseAccess.Refused("a draft is its author's alone");
        }
        var applying = grants.Where(g => g.IsLiveAt(utcNow) && Names(g, viewer) && Covers(g, facts, viewer)).ToList();
        var phase = PhaseOf(facts, applying.Count > 0);
        var granted = CategorySet.None;
        var submitted = false;
        var audiences = new HashSet<Audience>();
        foreach (var (audience, grantCategories) in AudiencesOf(viewer, facts, applying))
        {
            var cell = SharingPolicy.For(audience).At(phase);
            if (cell.Kind == AllowanceKind.Nothing)
            {
                continue;
            }
            granted = granted.Union(cell.CaseCategories(grantCategories));
            submitted |= cell.Kind == AllowanceKind.AsSubmitted;
            audiences.Add(audience);
        }
        return audiences.Count == 0
            ? CaseAccess.Refused(phase == CasePhase.BeforeAcceptance ? "not yet accepted" : "no live grant")
            : Outcome(audiences, applying, granted, submitted);
    }

    /// <summary>The phase of the case for this viewer: the policy's column.</summary>
    public static CasePhase PhaseOf(CaseFacts facts, bool liveGrantApplies) =>
        !facts.IsAccepted ? CasePhase.BeforeAcceptance : liveGrantApplies ? CasePhase.WhileGranted : CasePhase.AfterGrantEnds;

    /// <summary>Each audience the viewer belongs to for this case, with what the grants behind it allow.</summary>
    public static IEnumerable<(Audience Audience, CategorySet Granted)> AudiencesOf(CaseViewer viewer, CaseFacts facts, IReadOnlyList<GrantFacts> applying)
    {
        if (viewer.Has(AppRoles.Coordinator))
        {
            yield return (Audience.Coordinator, CategorySet.None);
        }
        if (viewer.Has(AppRoles.Chair) && facts.ChairUserIds.Contains(viewer.UserId))
        {
            yield return (Audience.Chair, CategorySet.None);
        }
        if (facts.CreatedByUserId is not null && facts.CreatedByUserId == viewer.UserId)
        {
            yield return (Audience.ReferringPerson, CategorySet.None);
        }
        var named = applying.Where(g => g.IsForOneCase && g.StaffUserId == viewer.UserId).ToList();
        if (named.Count > 0)
        {
            yield return (Audience.NamedRepresentative, Join(named));
        }
        var agencyWide = applying.Except(named).ToList();
        if (agencyWide.Count > 0)
        {
            yield return (viewer.AgencyIsIdva ? Audience.IdvaHoldingCase : Audience.InvitedRepresentative, Join(agencyWide));
        }
    }

    public static bool IsExcluded(CaseViewer viewer, IEnumerable<ExclusionFacts> exclusions) =>
        Exclusions.Excludes(exclusions, viewer.UserId, viewer.AgencyId);

    /// <summary>Whether a grant names this viewer, directly or through their agency; only representatives hold grants.</summary>
    public static bool Names(GrantFacts grant, CaseViewer viewer) =>
        viewer.CanHoldGrants
        && (grant.StaffUserId == viewer.UserId || (grant.StaffUserId is null && grant.AgencyId is not null && grant.AgencyId == viewer.AgencyId));

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

    private static CategorySet Join(IEnumerable<GrantFacts> grants) => grants.Aggregate(CategorySet.None, (set, g) => set.Union(g.Categories));

    private static readonly Audience[] GrantAudiences = [Audience.InvitedRepresentative, Audience.IdvaHoldingCase, Audience.NamedRepresentative];

    /// <summary>
    /// The decision's basis, from the audiences whose cell gives the viewer something (the strongest first): an
    /// audience whose cell at this phase is Nothing opens no page, even with a live grant.
    /// </summary>
    private static CaseAccess Outcome(IReadOnlySet<Audience> audiences, List<GrantFacts> applying, CategorySet granted, bool submitted)
    {
        var grantId = applying.OrderByDescending(g => g.Categories.Count()).ThenBy(g => g.Id).FirstOrDefault()?.Id;
        var supplied = submitted ? CategorySet.Grantable : CategorySet.None;
        if (audiences.Contains(Audience.Coordinator))
        {
            return new(AccessBasis.Coordinator, granted, granted, null, null);
        }
        if (audiences.Contains(Audience.Chair))
        {
            return new(AccessBasis.Chair, granted, granted, grantId, null);
        }
        if (audiences.Overlaps(GrantAudiences))
        {
            return new(AccessBasis.Grant, granted, supplied, grantId, null);
        }
        return submitted ? new(AccessBasis.Supplier, CategorySet.None, supplied, null, null) : CaseAccess.Refused("no live grant");
    }
}
