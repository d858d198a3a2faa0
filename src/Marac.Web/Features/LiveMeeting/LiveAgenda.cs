using Marac.Data;
using Marac.Data.Configurations;
using Marac.Data.Entities;
using Marac.Data.Meetings;
using Marac.Data.Transactions;
using Marac.Web.Features.Meetings;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.LiveMeeting;

/// <summary>The chair's moves through the agenda: the current case (with its timer), its risk summary, heard or deferred.</summary>
public sealed class LiveAgenda(MaracDbContext db, TimeProvider clock, NextMeetingDeferral deferrals)
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

    /// <summary>Marks the case heard (reviewed, if an earlier meeting heard it) or deferred; <paramref name="byUserId"/> is the lead.</summary>
    public async Task<CaseOutcome> MarkAsync(LiveMeetingInfo meeting, int agendaItemId, AgendaItemStatus status, string? reason, int? byUserId)
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
        if (status == AgendaItemStatus.Deferred)
        {
            var next = await DeferAsync(item, reason!.Trim(), new AgendaEditor(byUserId, clock.GetUtcNow().UtcDateTime));
            return CaseOutcome.Ok(next is null
                ? LiveMessages.DeferredToNextAgenda
                : $"Case deferred to the meeting on {MeetingDisplay.Date(next.StartsAt)}.");
        }
        item.Status = await HeardElsewhereAsync(item) ? AgendaItemStatus.Reviewed : AgendaItemStatus.Heard;
        item.StatusReason = null;
        EndDiscussion(item);
        await RecordOnTheReferralAsync(item, item.Status);
        await SaveAsync();
        return CaseOutcome.Ok();
    }

    /// <summary>
    /// A case deferred in the meeting moves to the next meeting already scheduled, as one deferred before the
    /// meeting does; with none scheduled (or the case already listed there), it waits for the next agenda.
    /// </summary>
    /// <returns>The meeting the case moved to, if any.</returns>
    private Task<Meeting?> DeferAsync(AgendaItem item, string reason, AgendaEditor editor) =>
        db.InTransactionAsync(async transaction =>
        {
            var deferral = await ListedElsewhereAsync(item) ? null : await ToNextMeetingAsync(item, reason, editor);
            (item.Status, item.StatusReason) = (AgendaItemStatus.Deferred, reason);
            EndDiscussion(item);
            await RecordOnTheReferralAsync(item, AgendaItemStatus.Deferred);
            // The deferral is saved first: a case is listed at one meeting at a time.
            await SaveAsync();
            if (deferral is not null)
            {
                deferral.ListAtNextMeeting(editor.Now);
                await SaveAsync();
            }
            if (transaction is not null)
            {
                await transaction.CommitAsync();
            }
            return deferral?.Next;
        });

    /// <summary>The deferral to the next meeting, or null when none is scheduled.</summary>
    private async Task<Deferral?> ToNextMeetingAsync(AgendaItem item, string reason, AgendaEditor editor)
    {
        var meeting = await db.Meetings.FirstAsync(m => m.Id == item.MeetingId);
        // The rule defers a listed case: one the chair had marked heard is listed again for it.
        item.Status = AgendaItemStatus.Listed;
        var deferral = await deferrals.DeferAsync(meeting, item, reason, editor);
        return deferral.Edit.Succeeded ? deferral : null;
    }

    private Task<bool> ListedElsewhereAsync(AgendaItem item) =>
        db.AgendaItems.AnyAsync(i => i.ReferralId == item.ReferralId && i.Status == AgendaItemStatus.Listed && i.Id != item.Id);

    private void EndDiscussion(AgendaItem item) =>
        item.DiscussionEndedAt ??= item.DiscussionStartedAt is null ? null : clock.GetUtcNow().UtcDateTime;

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
                 && !await HeardElsewhereAsync(item))
        {
            referral.Status = ReferralStatus.Accepted;
        }
    }

    /// <summary>Whether another meeting heard the case (this one, then, only reviews it).</summary>
    private Task<bool> HeardElsewhereAsync(AgendaItem item) =>
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
