using System.Security.Claims;
using Marac.Data;
using Marac.Data.Entities;
using Marac.Data.Meetings;
using Marac.Data.Transactions;
using Marac.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Meetings;

/// <summary>
/// The coordinator's changes to an agenda, saved with optimistic concurrency on the meeting's version:
/// every change stamps the meeting, so a second coordinator working from an older page is told, and
/// nothing they did not see is overwritten.
/// </summary>
public sealed class AgendaService(MaracDbContext db, AgendaCandidates candidates, NextMeetingDeferral deferrals, TimeProvider clock)
{
    public Task<Meeting?> LoadAsync(int id) => db.Meetings.AsNoTracking()
        .Include(m => m.AgendaItems).ThenInclude(i => i.Referral).ThenInclude(r => r.Victim)
        .Include(m => m.InvitedAgencies).ThenInclude(a => a.Agency)
        .Include(m => m.ChairUser)
        .AsSplitQuery()
        .FirstOrDefaultAsync(m => m.Id == id);

    public Task<AgendaResult> ProposeAsync(int id, Guid version, ClaimsPrincipal user) => EditAsync(id, version, user, async (meeting, editor) =>
    {
        if (AgendaRules.Listed(meeting).Any())
        {
            return AgendaResult.Refused("The agenda already has cases. Add, remove or move them one at a time");
        }
        var proposal = await ProposalAsync(meeting);
        foreach (var proposed in proposal.Items)
        {
            meeting.AgendaItems.Add(new AgendaItem
            {
                ReferralId = proposed.Case.ReferralId, Section = proposed.Section, Order = proposed.Order, Status = AgendaItemStatus.Listed,
            });
            AgendaRules.InviteReferringAgencies(meeting, proposed.Case.ReferringAgencyIds);
        }
        db.AgendaChanges.Add(new AgendaChange
        {
            MeetingId = meeting.Id, Kind = AgendaChangeKind.ProposalCreated, ChangedAt = editor.Now, ChangedByUserId = editor.UserId,
            Reason = $"{proposal.Items.Count} cases proposed; {proposal.OverCapacity} over capacity",
        });
        return AgendaResult.Done(proposal.Items.Count == 0 ? "There are no cases ready to list yet" : $"Proposed agenda created with {proposal.Items.Count} cases");
    });

    public async Task<AgendaProposal> ProposalAsync(Meeting meeting)
    {
        var next = await candidates.NextMeetingAsync(meeting);
        var cutOff = await candidates.CutOffAsync(meeting.Date);
        var waiting = await candidates.WaitingAsync(meeting.Id, meeting.CaseCapacity, cutOff);
        var heard = await candidates.HeardAYearAgoAsync(meeting.Date);
        var target = new AgendaMeeting(meeting.Id, meeting.Date, meeting.CaseCapacity, cutOff, next is null ? null : DateOnly.FromDateTime(next.StartsAt));
        return AgendaBuilder.Propose(target, waiting.Cases, heard) with
        {
            MoreOverCapacity = waiting.MoreOverCapacity, MoreArrivedLate = waiting.MoreArrivedLate,
        };
    }

    public Task<AgendaResult> AddAsync(int id, Guid version, int referralId, string? reason, ClaimsPrincipal user) =>
        EditAsync(id, version, user, async (meeting, editor) =>
        {
            var candidate = await candidates.OneAsync(referralId);
            if (candidate is null)
            {
                return AgendaResult.Refused("Select a case to add");
            }
            var edit = AgendaRules.Add(meeting, candidate, await candidates.CutOffAsync(meeting.Date), reason, editor);
            db.AgendaChanges.AddRange(edit.Changes);
            return edit.Succeeded ? AgendaResult.Done($"{candidate.Reference} added to the agenda") : AgendaResult.Refused(edit.Error!);
        });

    public Task<AgendaResult> RemoveAsync(int id, Guid version, int itemId, string? reason, ClaimsPrincipal user) =>
        EditAsync(id, version, user, (meeting, editor) => Task.FromResult(WithItem(meeting, itemId, item =>
        {
            var edit = AgendaRules.Remove(meeting, item, reason, editor);
            if (edit.Succeeded)
            {
                db.AgendaItems.Remove(item);
            }
            db.AgendaChanges.AddRange(edit.Changes);
            return edit.Succeeded ? AgendaResult.Done("Case removed from the agenda") : AgendaResult.Refused(edit.Error!);
        })));

    public Task<AgendaResult> MoveAsync(int id, Guid version, int itemId, bool up, ClaimsPrincipal user) =>
        EditAsync(id, version, user, (meeting, editor) => Task.FromResult(WithItem(meeting, itemId, item =>
        {
            var edit = AgendaRules.Move(meeting, item, up, editor);
            db.AgendaChanges.AddRange(edit.Changes);
            return edit.Succeeded ? AgendaResult.Done(up ? "Case moved up" : "Case moved down") : AgendaResult.Refused(edit.Error!);
        })));

    public Task<AgendaResult> DeferAsync(int id, Guid version, int itemId, string? reason, ClaimsPrincipal user) =>
        EditAsync(id, version, user, async (meeting, editor) =>
        {
            var item = meeting.AgendaItems.FirstOrDefault(i => i.Id == itemId);
            if (item is null)
            {
                return AgendaResult.NotFound;
            }
            var deferral = await deferrals.DeferAsync(meeting, item, reason, editor);
            if (!deferral.Edit.Succeeded)
            {
                return AgendaResult.Refused(deferral.Edit.Error!);
            }
            // The deferral is saved first: the case may be listed at only one meeting at a time.
            await SaveMeetingAsync(meeting, editor);
            deferral.ListAtNextMeeting(editor.Now);
            return AgendaResult.Done($"Case deferred to the meeting on {MeetingDisplay.Date(deferral.Next!.StartsAt)}");
        });

    private static AgendaResult WithItem(Meeting meeting, int itemId, Func<AgendaItem, AgendaResult> action) =>
        meeting.AgendaItems.FirstOrDefault(i => i.Id == itemId) is { } item ? action(item) : AgendaResult.NotFound;

    private async Task<AgendaResult> EditAsync(int id, Guid version, ClaimsPrincipal user, Func<Meeting, AgendaEditor, Task<AgendaResult>> edit)
    {
        var editor = new AgendaEditor(user.StaffUserId(), clock.GetUtcNow().UtcDateTime);
        return await db.InTransactionAsync(async transaction =>
        {
            var meeting = await db.Meetings.Include(m => m.AgendaItems).Include(m => m.InvitedAgencies).FirstOrDefaultAsync(m => m.Id == id);
            if (meeting is null)
            {
                return AgendaResult.NotFound;
            }
            if (meeting.Version != version)
            {
                return AgendaResult.Conflict;
            }
            if (meeting.Status is not (MeetingStatus.Scheduled or MeetingStatus.Published))
            {
                return AgendaResult.Refused("The agenda of a meeting that has started, finished or been cancelled cannot be changed");
            }
            var result = await edit(meeting, editor);
            if (result.Outcome != AgendaOutcome.Done)
            {
                return result;
            }
            try
            {
                await SaveMeetingAsync(meeting, editor);
                if (transaction is not null)
                {
                    await transaction.CommitAsync();
                }
                return result;
            }
            catch (DbUpdateConcurrencyException)
            {
                return AgendaResult.Conflict;
            }
            catch (DbUpdateException)
            {
                // The unique index caught a case listed at another meeting a moment ago.
                return AgendaResult.Refused("The case has just been listed at another meeting. Remove or defer it there first");
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        });
    }

    // Stamping the meeting makes SaveChanges check its version (loaded in this transaction) and issue a new one.
    private async Task SaveMeetingAsync(Meeting meeting, AgendaEditor editor)
    {
        meeting.AgendaChangedAt = editor.Now;
        await db.SaveChangesAsync();
    }
}
