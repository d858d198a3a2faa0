using System.Security.Claims;
using Marac.Data;
using Marac.Data.Entities;
using Marac.Data.Transactions;
using Marac.Web.Features.Minutes;
using Marac.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.LiveMeeting;

public enum ConclusionOutcome { Concluded, AlreadyConcluded, NotOpen, Conflict }

/// <summary>What concluding a meeting came to: how many cases were deferred, or why nothing changed.</summary>
public sealed record ConclusionResult(ConclusionOutcome Outcome, int Deferred = 0, string? Error = null);

/// <summary>
/// Ends a live meeting (the chair or coordinator): every case not marked heard or deferred is deferred as the
/// chair's "Defer case" does it, the meeting is concluded and everyone still present is recorded as leaving,
/// all in one transaction. Then the draft minutes are made and every connected attendee is told.
/// Concluding a meeting already concluded changes nothing.
/// </summary>
public sealed class MeetingConclusion(MaracDbContext db, LiveAgenda agenda, LiveAttendance attendance, MinutesService minutes,
    IHubContext<MeetingHub, IMeetingClient> hub)
{
    /// <summary>The cases still listed: not yet marked heard or deferred.</summary>
    public Task<int> UnmarkedCountAsync(int meetingId) =>
        db.AgendaItems.CountAsync(i => i.MeetingId == meetingId && i.Status == AgendaItemStatus.Listed);

    /// <summary>Whether a version of the minutes is issued: all a representative may open.</summary>
    public Task<bool> MinutesIssuedAsync(int meetingId) =>
        db.MeetingMinutes.AnyAsync(m => m.MeetingId == meetingId && m.Status == MinutesStatus.Issued);

    public async Task<ConclusionResult> ConcludeAsync(LiveMeetingInfo meeting, ClaimsPrincipal user)
    {
        if (meeting.Status == MeetingStatus.Concluded)
        {
            await minutes.CreateDraftAsync(meeting.Id, user);
            return new(ConclusionOutcome.AlreadyConcluded);
        }
        if (meeting.Status != MeetingStatus.InProgress)
        {
            return new(ConclusionOutcome.NotOpen);
        }
        var concluded = await db.InTransactionAsync<ConclusionResult?>(async transaction =>
        {
            // Concluding first stamps the meeting's version: a second lead concluding at the same moment finds it changed.
            if (!await attendance.ConcludeAsync(meeting.Id))
            {
                return null;
            }
            var unmarked = await db.AgendaItems.AsNoTracking()
                .Where(i => i.MeetingId == meeting.Id && i.Status == AgendaItemStatus.Listed)
                .OrderBy(i => i.Section).ThenBy(i => i.Order).ThenBy(i => i.Id).Select(i => i.Id).ToListAsync();
            try
            {
                foreach (var itemId in unmarked)
                {
                    await agenda.MarkAsync(meeting, itemId, AgendaItemStatus.Deferred, LiveMessages.NotReached, user.StaffUserId());
                }
            }
            catch (HubException changed)
            {
                // The chair marked a case at the same moment: nothing is concluded, and the lead is asked to try again.
                if (transaction is not null)
                {
                    await transaction.RollbackAsync();
                }
                db.ChangeTracker.Clear();
                return new ConclusionResult(ConclusionOutcome.Conflict, Error: changed.Message);
            }
            if (transaction is not null)
            {
                await transaction.CommitAsync();
            }
            return new ConclusionResult(ConclusionOutcome.Concluded, unmarked.Count);
        });
        if (concluded is null)
        {
            return await AfterRefusalAsync(meeting, user);
        }
        if (concluded.Outcome != ConclusionOutcome.Concluded)
        {
            return concluded;
        }
        await minutes.CreateDraftAsync(meeting.Id, user);
        await hub.Clients.Groups(await GroupsAsync(meeting)).MeetingConcluded(LiveMessages.MeetingEnded);
        return concluded;
    }

    private async Task<ConclusionResult> AfterRefusalAsync(LiveMeetingInfo meeting, ClaimsPrincipal user)
    {
        var status = await db.Meetings.AsNoTracking().Where(m => m.Id == meeting.Id).Select(m => m.Status).FirstAsync();
        if (status == MeetingStatus.Concluded)
        {
            await minutes.CreateDraftAsync(meeting.Id, user);
            return new(ConclusionOutcome.AlreadyConcluded);
        }
        return status == MeetingStatus.InProgress
            ? new(ConclusionOutcome.Conflict, Error: "Someone else changed the meeting at the same moment. Try again.")
            : new(ConclusionOutcome.NotOpen);
    }

    /// <summary>Every group a connection to the meeting can be in: the leads, each agency invited or attending, each attendee.</summary>
    private async Task<List<string>> GroupsAsync(LiveMeetingInfo meeting)
    {
        var attendees = await db.MeetingAttendances.AsNoTracking().Where(a => a.MeetingId == meeting.Id)
            .Select(a => new { a.StaffUserId, a.AgencyId }).ToListAsync();
        var agencies = meeting.InvitedAgencyIds.Concat(attendees.Where(a => a.AgencyId is not null).Select(a => a.AgencyId!.Value)).Distinct();
        return [
            MeetingGroups.Leads(meeting.Id),
            .. agencies.Select(a => MeetingGroups.Agency(meeting.Id, a)),
            .. attendees.Select(a => MeetingGroups.Person(meeting.Id, a.StaffUserId)).Distinct(),
        ];
    }
}
