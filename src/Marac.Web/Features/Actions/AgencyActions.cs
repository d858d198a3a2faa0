using System.Globalization;
using System.Security.Claims;
using Marac.Data;
using Marac.Data.Auditing;
using Marac.Data.Entities;
using Marac.Sharing.Categories;
using Marac.Sharing.Policy;
using Marac.Sharing.Summaries;
using Marac.Web.Features.Sharing;
using Marac.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Actions;

/// <summary>
/// One of the agency's own actions. Reference, action, due date and status are always shown while it is
/// open, even after the agency's grant for the case has expired; the linked risk only under a live grant.
/// </summary>
public sealed record OwnAction(Guid Id, int ReferralId, string Reference, SharedValue Description, DateOnly DueDate,
    MeetingActionStatus Status, Guid Version, SharedValue? LinkedRisk, DateTime MeetingStartsAt);

/// <summary>
/// An agency representative's view of their agency's open actions across all meetings. Each case is read
/// under the viewer's access to it now: with a live grant the linked risk is shown too (redacted, never
/// Location and safety contacts); without one only the four fields. Cases the viewer or their agency must
/// not receive are left out. Every case shown is audited, and the audit committed before the page is shown.
/// </summary>
public sealed class AgencyActions(MaracDbContext db, CaseAccessService access, PartnershipRedactor redactors)
{
    /// <summary>What the agency always sees of its own action.</summary>
    public static readonly CategorySet OwnFields = CategorySet.Of(DataCategory.CaseManagement);

    public async Task<List<OwnAction>> OpenAsync(ClaimsPrincipal user, Guid? only = null)
    {
        await using var read = await AuditedRead.BeginAsync(db);
        var viewer = await access.ViewerAsync(user);
        if (viewer?.AgencyId is not { } agencyId || !viewer.Has(AppRoles.AgencyRepresentative))
        {
            return [];
        }
        var rows = await db.MeetingActions.AsNoTracking()
            .Where(a => a.OwnerAgencyId == agencyId && a.Status == MeetingActionStatus.Open && (only == null || a.Id == only))
            .Where(a => !Exclusions.ExcludedCaseIds(db.CaseExclusions, viewer.UserId, agencyId).Contains(a.ReferralId))
            .Join(db.Referrals, a => a.ReferralId, r => r.Id, (a, r) => new { Action = a, r.Reference })
            .Join(db.Meetings, x => x.Action.MeetingId, m => m.Id, (x, m) => new { x.Action, x.Reference, m.StartsAt })
            .OrderBy(x => x.Action.DueDate).ThenBy(x => x.Reference)
            .ToListAsync();
        var redactor = await redactors.GetAsync();
        var actions = new List<OwnAction>();
        var decisions = await access.DecideForCasesAsync(rows.Select(x => x.Action.ReferralId), viewer);
        foreach (var group in rows.GroupBy(x => x.Action.ReferralId))
        {
            var decision = decisions[group.Key];
            var granted = decision.Allowed ? SharingPolicy.OnSharedRecord(decision.Granted) : CategorySet.None;
            var shown = OwnFields.Union(granted);
            actions.AddRange(group.Select(x => new OwnAction(x.Action.Id, x.Action.ReferralId, x.Reference,
                SharedText.For("Action", DataCategory.CaseManagement, x.Action.Description, shown, redactor), x.Action.DueDate,
                x.Action.Status, x.Action.Version,
                decision.Allowed ? SharedText.For("Linked risk", DataCategory.Risk, x.Action.LinkedRisk, shown, redactor) : null,
                x.StartsAt)));
            var inActions = CategorySet.Of(DataCategory.CaseManagement, DataCategory.Risk);
            db.RecordAudit(AuditAction.View, nameof(Referral), group.Key.ToString(CultureInfo.InvariantCulture), group.Key,
                detail: inActions.Intersect(shown).ToString(), withheld: new CategorySet(inActions.Mask & ~shown.Mask).ToString(),
                grantId: decision.GrantId, outcome: $"own agency's open actions ({agencyId.ToString(CultureInfo.InvariantCulture)})");
        }
        await read.CompleteAsync();
        return actions.OrderBy(a => a.DueDate).ThenBy(a => a.Reference, StringComparer.Ordinal).ToList();
    }
}
