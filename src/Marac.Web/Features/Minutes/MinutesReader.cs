using System.Globalization;
using System.Security.Claims;
using Marac.Data;
using Marac.Data.Auditing;
using Marac.Data.Entities;
using Marac.Sharing.Categories;
using Marac.Sharing.Policy;
using Marac.Sharing.Grants;
using Marac.Sharing.Redaction;
using Marac.Sharing.Summaries;
using Marac.Web.Features.Sharing;
using Marac.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Minutes;

/// <summary>
/// Reads a meeting's minutes for one reader. Coordinators and the meeting's chair read the latest version,
/// draft or not; an invited agency's representatives read the latest issued version. Each case is shown as
/// the reader's access to it allows (decided per case, so a grant that has expired or an exclusion applies
/// at once): free text passes through the redactor, never with Location and safety contacts, a category not
/// granted shows a "withheld" marker, and a case the reader may not see is left out. Each case shown is
/// audited, and the audit committed before the page is shown.
/// </summary>
public sealed class MinutesReader(MaracDbContext db, CaseAccessService access, PartnershipRedactor redactors, MinutesRecordsLoader records)
{
    /// <summary>The categories minutes hold: risk (summaries, linked risks) and case management (references, actions).</summary>
    public static readonly CategorySet InMinutes = CategorySet.Of(DataCategory.Risk, DataCategory.CaseManagement);

    public async Task<MinutesView?> ReadAsync(int meetingId, ClaimsPrincipal user)
    {
        await using var read = await AuditedRead.BeginAsync(db);
        var key = meetingId.ToString(CultureInfo.InvariantCulture);
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.ChairUser).FirstOrDefaultAsync(m => m.Id == meetingId);
        var versions = meeting is null ? [] : await db.MeetingMinutes.AsNoTracking().Where(m => m.MeetingId == meetingId)
            .OrderByDescending(m => m.Number).ToListAsync();
        var drafts = meeting is not null && MinutesRoles.SeesDrafts(user, meeting);
        var readable = drafts ? versions
            : meeting is not null && await InvitedAsync(meeting, user) ? versions.Where(v => v.Status == MinutesStatus.Issued).ToList() : [];
        var viewer = await access.ViewerAsync(user);
        if (meeting is null || viewer is null || (!drafts && readable.Count == 0))
        {
            db.RecordAudit(AuditAction.Refused, nameof(Meeting), key, outcome: "minutes not issued to this reader");
            await read.CompleteAsync();
            return null;
        }
        var view = readable.Count == 0
            ? MinutesView.Empty(meeting, versions)
            : await BuildAsync(meeting, readable[0], drafts ? versions : readable, viewer);
        db.RecordAudit(AuditAction.View, nameof(Meeting), key, detail: view.Minutes is { } m ? $"minutes version {m.Number}" : "minutes page");
        await read.CompleteAsync();
        return view;
    }

    private async Task<bool> InvitedAsync(Meeting meeting, ClaimsPrincipal user) =>
        user.IsInRole(MaracRoles.AgencyRepresentative) && user.AgencyId() is { } agencyId
        && await db.MeetingAgencies.AnyAsync(a => a.MeetingId == meeting.Id && a.AgencyId == agencyId);

    private async Task<MinutesView> BuildAsync(Meeting meeting, MeetingMinutes minutes, IReadOnlyList<MeetingMinutes> versions, CaseViewer viewer)
    {
        var loaded = await records.LoadAsync(meeting);
        var redactor = await redactors.GetAsync();
        var granted = new Dictionary<int, CategorySet>();
        foreach (var (referralId, decision) in await access.DecideForCasesAsync(loaded.Items.Select(i => i.ReferralId), viewer))
        {
            if (decision.Allowed)
            {
                granted[referralId] = SharingPolicy.OnSharedRecord(decision.Granted);
                Audit(meeting, referralId, granted[referralId], decision);
            }
        }
        var cases = loaded.Items.Where(i => granted.ContainsKey(i.ReferralId))
            .Select(i => Case(i, loaded.Plan.Where(a => a.ReferralId == i.ReferralId), granted[i.ReferralId], redactor)).ToList();
        var reviewed = loaded.Items.Where(i => granted.ContainsKey(i.ReferralId)).DistinctBy(i => i.ReferralId)
            .Select(i => new ReviewedCase(i.ReferralId, Reference(i, granted[i.ReferralId]),
                loaded.Reviewed.Where(a => a.ReferralId == i.ReferralId).Select(a => Action(a, granted[i.ReferralId], redactor, withNote: true)).ToList()))
            .Where(r => r.Actions.Count > 0).ToList();
        return new MinutesView(meeting, minutes, versions, loaded.Attendees, loaded.Apologies, reviewed, cases);
    }

    private void Audit(Meeting meeting, int referralId, CategorySet granted, CaseAccess decision)
    {
        var shown = InMinutes.Intersect(granted);
        var withheld = new CategorySet(InMinutes.Mask & ~granted.Mask).With(DataCategory.LocationAndSafetyContacts);
        db.RecordAudit(AuditAction.View, nameof(Referral), referralId.ToString(CultureInfo.InvariantCulture), referralId,
            detail: shown.ToString(), withheld: withheld.ToString(), grantId: decision.GrantId,
            outcome: $"minutes of meeting {meeting.Id.ToString(CultureInfo.InvariantCulture)}");
    }

    private static MinutesCase Case(AgendaItem item, IEnumerable<MeetingAction> plan, CategorySet granted, TextRedactor redactor) =>
        new(item.ReferralId, Reference(item, granted), item.Section, item.Status,
            item.Status == AgendaItemStatus.Deferred ? SharedText.For("Reason for deferral", DataCategory.CaseManagement, item.StatusReason, granted, redactor) : null,
            SharedText.For("Information shared", DataCategory.Risk, item.InformationSummary, granted, redactor),
            SharedText.For("Risk summary", DataCategory.Risk, item.RiskSummary, granted, redactor),
            plan.Select(a => Action(a, granted, redactor, withNote: false)).ToList());

    /// <summary>The case reference is case management: an agency granted less sees the marker in its place.</summary>
    private static string Reference(AgendaItem item, CategorySet granted) =>
        SharedText.Field("Reference", DataCategory.CaseManagement, item.Referral.Reference, granted).Display;

    private static MinutesAction Action(MeetingAction action, CategorySet granted, TextRedactor redactor, bool withNote) =>
        new(action.OwnerAgency.Name,
            SharedText.For("Action", DataCategory.CaseManagement, action.Description, granted, redactor),
            action.DueDate,
            SharedText.For("Linked risk", DataCategory.Risk, action.LinkedRisk, granted, redactor),
            action.Status,
            withNote && action.StatusNote is not null ? SharedText.For("Update", DataCategory.CaseManagement, action.StatusNote, granted, redactor) : null);
}
