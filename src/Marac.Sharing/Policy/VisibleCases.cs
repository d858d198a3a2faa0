using Marac.Data.Entities;
using Marac.Data.Referrals;
using Marac.Sharing.Grants;

namespace Marac.Sharing.Policy;

/// <summary>
/// The sharing policy as a database filter, for lists: the cases one viewer may see, built audience by audience
/// from <see cref="SharingPolicy"/> (an audience whose every cell is Nothing adds nothing), with the exclusion
/// first, as <see cref="CaseAccessRules"/> decides one case. A test holds the two to the same answer for every
/// demo user and case.
/// </summary>
public static class VisibleCases
{
    public static IQueryable<Referral> Filter(IQueryable<Referral> referrals, CaseViewer viewer, IQueryable<AccessGrant> grants,
        IQueryable<CaseExclusion> exclusions, DateTime utcNow, IReadOnlySet<Audience>? only = null)
    {
        var (userId, agencyId) = (viewer.UserId, viewer.AgencyId ?? -1);
        var excluded = Exclusions.ExcludedCaseIds(exclusions, userId, viewer.AgencyId);
        referrals = referrals.Where(r => (r.Status != ReferralStatus.Draft || r.CreatedByUserId == userId) && !excluded.Contains(r.Id));
        bool Counts(Audience audience) => (only is null || only.Contains(audience)) && GivesAnything(SharingPolicy.For(audience));
        if (viewer.Has(AppRoles.Coordinator) && Counts(Audience.Coordinator))
        {
            return referrals;
        }
        var chair = viewer.Has(AppRoles.Chair) && Counts(Audience.Chair);
        var referrer = Counts(Audience.ReferringPerson);
        var holder = viewer.CanHoldGrants && (Counts(Audience.InvitedRepresentative) || Counts(Audience.IdvaHoldingCase) || Counts(Audience.NamedRepresentative));
        var childrenOnly = viewer.AgencyServesOnlyChildren;
        var live = grants.Where(g => g.RevokedAt == null && g.ValidFrom <= utcNow && g.ValidTo > utcNow)
            .Where(g => g.StaffUserId == userId || (g.StaffUserId == null && g.AgencyId == agencyId));
        return referrals.Where(r =>
            (referrer && r.CreatedByUserId == userId)
            || (!ReferralLifecycle.NotYetAccepted.Contains(r.Status)
                && ((chair && r.AgendaItems.Any(i => (i.Status != AgendaItemStatus.Deferred || i.DiscussionStartedAt != null) && i.Meeting.ChairUserId == userId))
                    || (holder && live.Any(g => g.ReferralId == r.Id
                        || (g.MeetingId != null && r.AgendaItems.Any(i => i.MeetingId == g.MeetingId && (i.Status != AgendaItemStatus.Deferred || i.DiscussionStartedAt != null))
                            && (!childrenOnly || r.Children.Any() || r.ImportedChildrenCount > 0)))))));
    }

    private static bool GivesAnything(PolicyRow row) =>
        Enum.GetValues<CasePhase>().Any(phase => row.At(phase).Kind != AllowanceKind.Nothing);
}
