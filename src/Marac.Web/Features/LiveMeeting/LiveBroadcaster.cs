using System.Globalization;
using Marac.Data;
using Marac.Data.Entities;
using Marac.Sharing.Categories;
using Marac.Sharing.Grants;
using Marac.Web.Features.Sharing;
using Microsoft.AspNetCore.SignalR;

namespace Marac.Web.Features.LiveMeeting;

/// <summary>
/// Sends what has just been saved to every audience of the meeting, each payload built from that audience's
/// access as the database has it now (a revoked grant or a new exclusion takes effect on the next message).
/// Each disclosure is audited before anything is sent.
/// </summary>
public sealed class LiveBroadcaster(IHubContext<MeetingHub, IMeetingClient> hub, LiveAudiences audiences, LiveAccess access,
    LiveItems items, PartnershipRedactor redactors, MaracDbContext db)
{
    private static readonly CategorySet LiveCategories = CategorySet.Of(DataCategory.CaseManagement, DataCategory.Risk);

    public async Task CaseChangedAsync(LiveMeetingInfo meeting, LiveItem item)
    {
        var redactor = await redactors.GetAsync();
        var actions = await items.ActionsAsync(meeting.Id, item.ReferralId);
        var sends = new List<Func<Task>>();
        foreach (var audience in await audiences.ForMeetingAsync(meeting))
        {
            var decision = await access.DecideAsync(item.ReferralId, audience.Viewer);
            if (!decision.Allowed)
            {
                var notice = Notice(audience, item);
                sends.Add(() => hub.Clients.Group(audience.Group).CaseChanged(null, notice));
                continue;
            }
            Audit(meeting, item, audience, decision);
            var view = LiveViewBuilder.Case(item, decision, redactor, actions, audience);
            sends.Add(() => hub.Clients.Group(audience.Group).CaseChanged(view, null));
        }
        await SendAsync(sends);
    }

    public async Task CaseUpdatedAsync(LiveMeetingInfo meeting, LiveItem item)
    {
        var redactor = await redactors.GetAsync();
        var actions = await items.ActionsAsync(meeting.Id, item.ReferralId);
        var sends = new List<Func<Task>>();
        foreach (var (audience, decision) in await AllowedAsync(meeting, item))
        {
            Audit(meeting, item, audience, decision);
            var view = LiveViewBuilder.Case(item, decision, redactor, actions, audience);
            sends.Add(() => hub.Clients.Group(audience.Group).CaseUpdated(view));
        }
        await SendAsync(sends);
    }

    public async Task ActionChangedAsync(LiveMeetingInfo meeting, LiveItem item, MeetingAction action)
    {
        var redactor = await redactors.GetAsync();
        var sends = new List<Func<Task>>();
        foreach (var (audience, decision) in await AllowedAsync(meeting, item))
        {
            if (!audience.Sees(action))
            {
                continue;
            }
            Audit(meeting, item, audience, decision);
            var view = LiveViewBuilder.Action(action, item, decision.Granted, redactor);
            sends.Add(() => hub.Clients.Group(audience.Group).ActionChanged(view));
        }
        await SendAsync(sends);
    }

    /// <summary>Why a case is not shown: the end of the children's section for an agency that serves only children.</summary>
    public static string Notice(Audience audience, LiveItem item) =>
        audience.ServesOnlyChildren && item.Section > AgendaSection.CasesWithChildren
            ? LiveMessages.ChildrenSectionEnded
            : "The current case is not shared with your agency.";

    private async Task<List<(Audience, CaseAccess)>> AllowedAsync(LiveMeetingInfo meeting, LiveItem item)
    {
        var allowed = new List<(Audience, CaseAccess)>();
        foreach (var audience in await audiences.ForMeetingAsync(meeting))
        {
            var decision = await access.DecideAsync(item.ReferralId, audience.Viewer);
            if (decision.Allowed)
            {
                allowed.Add((audience, decision));
            }
        }
        return allowed;
    }

    private void Audit(LiveMeetingInfo meeting, LiveItem item, Audience audience, CaseAccess decision)
    {
        var shown = LiveCategories.Intersect(decision.Granted);
        var withheld = new CategorySet(LiveCategories.Mask & ~decision.Granted.Mask);
        db.RecordAudit(AuditAction.View, nameof(Referral), item.ReferralId.ToString(CultureInfo.InvariantCulture), item.ReferralId,
            detail: shown.ToString(), withheld: withheld.ToString(), grantId: decision.GrantId,
            outcome: $"live meeting {meeting.Id.ToString(CultureInfo.InvariantCulture)}: sent to {audience.Group}");
    }

    /// <summary>Audits are saved first: nothing is sent unless its disclosure is on record.</summary>
    private async Task SendAsync(List<Func<Task>> sends)
    {
        await db.SaveChangesAsync();
        await Task.WhenAll(sends.Select(send => send()));
    }
}
