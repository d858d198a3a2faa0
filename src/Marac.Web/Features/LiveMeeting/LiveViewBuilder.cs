using System.Globalization;
using Marac.Data.Entities;
using Marac.Sharing.Categories;
using Marac.Sharing.Policy;
using Marac.Sharing.Grants;
using Marac.Sharing.Redaction;
using Marac.Sharing.Summaries;
using Marac.Web.Features.Meetings;
using Marac.Web.Infrastructure.GovUk;

namespace Marac.Web.Features.LiveMeeting;

/// <summary>
/// Builds payloads for what an access decision allows: structured fields through <see cref="SharedText.Field"/>,
/// free text (risk summary, action text, linked risk) through <see cref="SharedText.For"/> and the redactor.
/// </summary>
public static class LiveViewBuilder
{
    public static AgendaEntryView Entry(LiveItem item, CaseAccess access, int? currentItemId) =>
        new(item.Id, Reference(item, access.Granted), MeetingDisplay.Section(item.Section), MeetingDisplay.Time(item.Slot),
            StatusLabel(item.Status), item.Id == currentItemId);

    public static CaseView Case(LiveItem item, CaseAccess access, TextRedactor redactor, IEnumerable<MeetingAction> actions, Audience audience)
    {
        var granted = Broadcastable(access.Granted);
        var risk = SharedText.For("Risk summary", DataCategory.Risk, item.RiskSummary, granted, redactor);
        var shown = actions.Where(audience.Sees).Select(a => Action(a, item, granted, redactor)).ToList();
        return new CaseView(item.Id, item.ReferralId, Reference(item, granted), MeetingDisplay.Section(item.Section),
            MeetingDisplay.Time(item.Slot), StatusLabel(item.Status), item.StatusReason is null ? null : CaseManagementText(item.StatusReason, granted, redactor),
            item.StartedAt is { } started ? DateTime.SpecifyKind(started, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture) : null,
            risk.Withheld ? risk.Display : risk.Value ?? "", risk.Withheld, $"/cases/{item.ReferralId}", shown);
    }

    public static ActionView Action(MeetingAction action, LiveItem item, CategorySet granted, TextRedactor redactor)
    {
        granted = Broadcastable(granted);
        var description = SharedText.For("Action", DataCategory.CaseManagement, action.Description, granted, redactor);
        var risk = SharedText.For("Linked risk", DataCategory.Risk, action.LinkedRisk, granted, redactor);
        var owner = SharedText.Field("Owner", DataCategory.CaseManagement, action.OwnerAgency?.Name, granted);
        var due = SharedText.Field("Due", DataCategory.CaseManagement, MeetingDisplay.Date(action.DueDate), granted);
        return new ActionView(action.Id, item.Id, Reference(item, granted), action.OwnerAgencyId, owner.Display,
            description.Display, description.Withheld, due.Withheld ? "" : action.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            due.Display, action.LinkedRisk is null ? "" : risk.Display, action.Status.ToString(),
            DisplayNames.ForEnumValue(action.Status), action.Version);
    }

    /// <summary>Free text is redacted as if Location and safety contacts were not granted: the live meeting never carries it.</summary>
    private static CategorySet Broadcastable(CategorySet granted) => SharingPolicy.OnSharedRecord(granted);

    public static string StatusLabel(AgendaItemStatus status) => status switch
    {
        AgendaItemStatus.Heard => "Heard",
        AgendaItemStatus.Reviewed => "Reviewed",
        AgendaItemStatus.Deferred => "Deferred",
        _ => "Not yet heard",
    };

    private static string Reference(LiveItem item, CategorySet granted) =>
        SharedText.Field("Reference", DataCategory.CaseManagement, item.Reference, granted).Display;

    private static string CaseManagementText(string text, CategorySet granted, TextRedactor redactor) =>
        SharedText.For("Reason", DataCategory.CaseManagement, text, granted, redactor).Display;
}
