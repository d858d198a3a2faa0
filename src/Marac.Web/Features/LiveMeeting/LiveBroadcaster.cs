using System.Globalization;
using Marac.Data;
using Marac.Data.Entities;
using Marac.Sharing.Categories;
using Marac.Sharing.Grants;
using Marac.Sharing.Redaction;
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
        foreach (var (audience, decision) in await DecideAsync(meeting, item))
        {
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

    /// <summary>
    /// The caller's access to the case and the broadcast of an action change to it, decided together (one read of
    /// the case, its grants and exclusions for the caller and every audience).
    /// </summary>
    public async Task<(CaseAccess Caller, ActionBroadcast Broadcast)> ForActionAsync(LiveMeetingInfo meeting, LiveItem item, CaseViewer caller)
    {
        var all = await audiences.ForMeetingAsync(meeting);
        var decisions = await access.DecideForEachAsync(item.ReferralId, [caller, .. all.Select(a => a.Viewer)]);
        var allowed = all.Zip(decisions.Skip(1)).Where(a => a.Second.Allowed).ToList();
        return (decisions[0], new ActionBroadcast(this, meeting, item, allowed));
    }

    /// <summary>An action change's broadcast: its disclosures audited in the same save as the change, sent after it.</summary>
    public sealed class ActionBroadcast(LiveBroadcaster broadcaster, LiveMeetingInfo meeting, LiveItem item, List<(Audience Audience, CaseAccess Decision)> allowed)
    {
        private List<(Audience Audience, CaseAccess Decision)> _recipients = [];

        /// <summary>Picks who receives the action as it is about to be saved, and queues each disclosure's audit with that save.</summary>
        public Task AuditAsync(MeetingAction action)
        {
            _recipients = allowed.Where(r => r.Audience.Sees(action)).ToList();
            foreach (var (audience, decision) in _recipients)
            {
                broadcaster.Audit(meeting, item, audience, decision);
            }
            return Task.CompletedTask;
        }

        /// <summary>Sends the saved action to each audience picked before the save, redacted for it.</summary>
        public Task SendAsync(MeetingAction saved, TextRedactor redactor) =>
            Task.WhenAll(_recipients.Select(r =>
                broadcaster.Group(r.Audience).ActionChanged(LiveViewBuilder.Action(saved, item, r.Decision.Granted, redactor))));
    }

    /// <summary>Why a case is not shown: the end of the children's section for an agency that serves only children.</summary>
    public static string Notice(Audience audience, LiveItem item) =>
        audience.ServesOnlyChildren && item.Section > AgendaSection.CasesWithChildren
            ? LiveMessages.ChildrenSectionEnded
            : "The current case is not shared with your agency.";

    private async Task<List<(Audience Audience, CaseAccess Decision)>> AllowedAsync(LiveMeetingInfo meeting, LiveItem item) =>
        (await DecideAsync(meeting, item)).Where(a => a.Decision.Allowed).ToList();

    /// <summary>Each audience's access to the case, decided together from one read of the grants and exclusions.</summary>
    private async Task<List<(Audience Audience, CaseAccess Decision)>> DecideAsync(LiveMeetingInfo meeting, LiveItem item)
    {
        var all = await audiences.ForMeetingAsync(meeting);
        var decisions = await access.DecideForEachAsync(item.ReferralId, all.Select(a => a.Viewer).ToList());
        return all.Zip(decisions).ToList();
    }

    private IMeetingClient Group(Audience audience) => hub.Clients.Group(audience.Group);

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
