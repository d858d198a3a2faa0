using Marac.Data;
using Marac.Data.Entities;
using Marac.Data.Meetings;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.LiveMeeting;

/// <summary>A case on a live meeting's agenda, with its place in time.</summary>
public sealed record LiveItem(int Id, int ReferralId, string Reference, AgendaSection Section, AgendaItemStatus Status,
    string? StatusReason, string? RiskSummary, DateTime? StartedAt, TimeOnly Slot);

/// <summary>Reads a meeting's agenda items and actions for the live meeting.</summary>
public sealed class LiveItems(MaracDbContext db)
{
    public async Task<List<LiveItem>> ForMeetingAsync(LiveMeetingInfo meeting)
    {
        var rows = await db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == meeting.Id)
            .OrderBy(i => i.Section).ThenBy(i => i.Order).ThenBy(i => i.Id)
            .Select(i => new { i.Id, i.ReferralId, i.Referral.Reference, i.Section, i.Status, i.StatusReason, i.RiskSummary, i.DiscussionStartedAt })
            .ToListAsync();
        var slots = TimeSlots.For(rows.Select(r => (r.Id, r.Section)), TimeOnly.FromDateTime(meeting.StartsAt), meeting.MinutesPerCase);
        return rows.Select(r => new LiveItem(r.Id, r.ReferralId, r.Reference, r.Section, r.Status, r.StatusReason, r.RiskSummary,
            r.DiscussionStartedAt, slots.GetValueOrDefault(r.Id))).ToList();
    }

    public async Task<LiveItem?> OneAsync(LiveMeetingInfo meeting, int agendaItemId) =>
        (await ForMeetingAsync(meeting)).FirstOrDefault(i => i.Id == agendaItemId);

    /// <summary>The actions recorded for one case at this meeting, oldest first, with their owner agencies.</summary>
    public Task<List<MeetingAction>> ActionsAsync(int meetingId, int referralId) =>
        db.MeetingActions.AsNoTracking().Include(a => a.OwnerAgency)
            .Where(a => a.MeetingId == meetingId && a.ReferralId == referralId)
            .OrderBy(a => a.RecordedAt).ThenBy(a => a.Id).ToListAsync();

    public Task<List<AgencyOption>> AgenciesAsync() =>
        db.Agencies.AsNoTracking().Where(a => a.IsActive).OrderBy(a => a.Name).Select(a => new AgencyOption(a.Id, a.Name)).ToListAsync();
}
