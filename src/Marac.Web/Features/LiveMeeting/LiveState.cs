using System.Globalization;
using Marac.Data;
using Marac.Data.Entities;
using Marac.Sharing.Categories;
using Marac.Web.Features.Meetings;
using Marac.Web.Features.Sharing;

namespace Marac.Web.Features.LiveMeeting;

/// <summary>The whole meeting as one attendee may see it: read on joining, on reconnecting, and on request.</summary>
public sealed class LiveState(LiveAccess access, LiveItems items, PartnershipRedactor redactors, MaracDbContext db)
{
    public async Task<MeetingStateView> ForAsync(LiveSeat seat, Audience audience)
    {
        var meeting = seat.Meeting;
        var redactor = await redactors.GetAsync();
        var agenda = new List<AgendaEntryView>();
        CaseView? current = null;
        string? notice = null;
        var listed = await items.ForMeetingAsync(meeting);
        var decisions = await access.DecideForCasesAsync(listed.Select(i => i.ReferralId), seat.Viewer);
        foreach (var item in listed)
        {
            var decision = decisions[item.ReferralId];
            if (item.Id == meeting.CurrentAgendaItemId)
            {
                current = decision.Allowed ? LiveViewBuilder.Case(item, decision, redactor, await items.ActionsAsync(meeting.Id, item.ReferralId), audience) : null;
                notice = decision.Allowed ? null : LiveBroadcaster.Notice(audience, item);
            }
            if (decision.Allowed)
            {
                agenda.Add(LiveViewBuilder.Entry(item, decision, meeting.CurrentAgendaItemId));
                db.RecordAudit(AuditAction.View, nameof(Referral), item.ReferralId.ToString(CultureInfo.InvariantCulture), item.ReferralId,
                    detail: CategorySet.Of(DataCategory.CaseManagement).Intersect(decision.Granted).ToString(), grantId: decision.GrantId,
                    outcome: $"live meeting {meeting.Id.ToString(CultureInfo.InvariantCulture)}: state");
            }
        }
        await db.SaveChangesAsync();
        var agencies = await items.AgenciesAsync();
        return new MeetingStateView(meeting.Id, $"MARAC meeting, {MeetingDisplay.Date(meeting.StartsAt)}", seat.IsLead,
            !seat.IsLead && !seat.IsObserver && seat.Viewer.AgencyId is not null, seat.Viewer.AgencyId, current, agenda,
            seat.IsLead ? agencies : agencies.Where(a => a.Id == seat.Viewer.AgencyId).ToList(), notice);
    }
}
