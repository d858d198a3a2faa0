using Marac.Data;
using Marac.Data.Configurations;
using Marac.Data.Entities;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.LiveMeeting;

/// <summary>The chair's moves through the agenda: the current case (with its timer), its risk summary, heard or deferred.</summary>
public sealed class LiveAgenda(MaracDbContext db, TimeProvider clock)
{
    /// <summary>Makes the item the current case: the previous case's discussion ends, this one's starts (once).</summary>
    public async Task MoveToAsync(LiveMeetingInfo meeting, int agendaItemId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var entity = await db.Meetings.FirstAsync(m => m.Id == meeting.Id);
        if (entity.CurrentAgendaItemId is { } previous && previous != agendaItemId
            && await db.AgendaItems.FirstOrDefaultAsync(i => i.Id == previous) is { DiscussionEndedAt: null } ending)
        {
            ending.DiscussionEndedAt = now;
        }
        var item = await db.AgendaItems.FirstAsync(i => i.Id == agendaItemId && i.MeetingId == meeting.Id);
        item.DiscussionStartedAt ??= now;
        item.DiscussionEndedAt = null;
        entity.CurrentAgendaItemId = agendaItemId;
        await SaveAsync();
    }

    public async Task<CaseOutcome> SetRiskSummaryAsync(LiveMeetingInfo meeting, int agendaItemId, string? text)
    {
        if (text?.Trim().Length > FieldLengths.Narrative)
        {
            return CaseOutcome.Invalid("RiskSummary", LiveMessages.RiskSummaryTooLong);
        }
        var item = await db.AgendaItems.FirstAsync(i => i.Id == agendaItemId && i.MeetingId == meeting.Id);
        item.RiskSummary = ActionRules.Clean(text);
        await SaveAsync();
        return CaseOutcome.Ok();
    }

    public async Task<CaseOutcome> MarkAsync(LiveMeetingInfo meeting, int agendaItemId, AgendaItemStatus status, string? reason)
    {
        if (status == AgendaItemStatus.Deferred && string.IsNullOrWhiteSpace(reason))
        {
            return CaseOutcome.Invalid("DeferReason", LiveMessages.DeferReasonRequired);
        }
        if (reason?.Trim().Length > FieldLengths.Narrative)
        {
            return CaseOutcome.Invalid("DeferReason", LiveMessages.DeferReasonTooLong);
        }
        var item = await db.AgendaItems.FirstAsync(i => i.Id == agendaItemId && i.MeetingId == meeting.Id);
        if (status == AgendaItemStatus.Heard && await HeardBeforeAsync(item))
        {
            status = AgendaItemStatus.Reviewed;
        }
        item.Status = status;
        item.StatusReason = status == AgendaItemStatus.Deferred ? reason!.Trim() : null;
        item.DiscussionEndedAt ??= item.DiscussionStartedAt is null ? null : clock.GetUtcNow().UtcDateTime;
        await RecordOnTheReferralAsync(item, status);
        await SaveAsync();
        return CaseOutcome.Ok();
    }

    /// <summary>
    /// A case heard is heard (no longer waiting for a meeting, and counted as heard); marked deferred instead, a
    /// case this meeting had marked heard waits again.
    /// </summary>
    private async Task RecordOnTheReferralAsync(AgendaItem item, AgendaItemStatus status)
    {
        var referral = await db.Referrals.FirstAsync(r => r.Id == item.ReferralId);
        if (status == AgendaItemStatus.Heard && referral.Status == ReferralStatus.Accepted)
        {
            referral.Status = ReferralStatus.Heard;
        }
        else if (status == AgendaItemStatus.Deferred && referral.Status == ReferralStatus.Heard
                 && !await db.AgendaItems.AnyAsync(i => i.ReferralId == item.ReferralId && i.Status == AgendaItemStatus.Heard && i.Id != item.Id))
        {
            referral.Status = ReferralStatus.Accepted;
        }
    }

    private Task<bool> HeardBeforeAsync(AgendaItem item) =>
        db.AgendaItems.AnyAsync(i => i.ReferralId == item.ReferralId && i.Id != item.Id && i.Status == AgendaItemStatus.Heard);

    private async Task SaveAsync()
    {
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new HubException("Someone else changed the meeting at the same moment. Try again.");
        }
    }
}
