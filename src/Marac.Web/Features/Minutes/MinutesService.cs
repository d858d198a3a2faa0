using System.Security.Claims;
using Marac.Data;
using Marac.Data.Entities;
using Marac.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Minutes;

/// <summary>
/// The life of a meeting's minutes: a draft when the meeting concludes, approved by the chair, issued by the
/// coordinator (telling the invited agencies), and corrected as a new version with a reason. The content is
/// not stored: it is drawn from the meeting's records for each reader (<see cref="MinutesReader"/>).
/// </summary>
public sealed class MinutesService(MaracDbContext db, MinutesDeadline deadline, MinutesNotifier notifier, TimeProvider clock)
{
    /// <summary>
    /// The draft minutes (version 1) of a concluded meeting, made if they do not exist yet. Call it after the
    /// meeting's conclusion is saved. Returns null when the meeting does not exist or has not concluded.
    /// </summary>
    public async Task<MeetingMinutes?> CreateDraftAsync(int meetingId, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is not { Status: MeetingStatus.Concluded })
        {
            return null;
        }
        var existing = await db.MeetingMinutes.Where(m => m.MeetingId == meetingId).OrderBy(m => m.Number).FirstOrDefaultAsync(ct);
        if (existing is not null)
        {
            return existing;
        }
        var minutes = new MeetingMinutes
        {
            MeetingId = meetingId, Number = 1, Status = MinutesStatus.Draft,
            CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedByUserId = user.StaffUserId(),
            IssueBy = await deadline.IssueByAsync(meeting.Date),
        };
        db.MeetingMinutes.Add(minutes);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone else made the draft at the same moment (the number is unique per meeting).
            db.Entry(minutes).State = EntityState.Detached;
            return await db.MeetingMinutes.AsNoTracking().FirstOrDefaultAsync(m => m.MeetingId == meetingId && m.Number == 1, ct);
        }
        return minutes;
    }

    /// <summary>The meeting's chair approves the latest draft.</summary>
    public async Task<MinutesResult> ApproveAsync(int meetingId, Guid version, ClaimsPrincipal user)
    {
        var (meeting, minutes) = await LatestAsync(meetingId);
        if (meeting is null || minutes is null)
        {
            return MinutesResult.NotFound;
        }
        if (!MinutesRoles.MayApprove(user, meeting))
        {
            return MinutesResult.Refused("Only the meeting's chair can approve its minutes");
        }
        if (minutes.Version != version)
        {
            return MinutesResult.Conflict;
        }
        if (minutes.Status != MinutesStatus.Draft)
        {
            return MinutesResult.Refused("Only draft minutes can be approved");
        }
        minutes.Status = MinutesStatus.Approved;
        minutes.ApprovedAt = clock.GetUtcNow().UtcDateTime;
        minutes.ApprovedByUserId = user.StaffUserId();
        return await SaveAsync($"Minutes version {minutes.Number} approved. The coordinator can now issue them");
    }

    /// <summary>The coordinator issues approved minutes: the invited agencies' representatives are told.</summary>
    public async Task<MinutesResult> IssueAsync(int meetingId, Guid version, ClaimsPrincipal user, string siteAddress)
    {
        var (meeting, minutes) = await LatestAsync(meetingId);
        if (meeting is null || minutes is null)
        {
            return MinutesResult.NotFound;
        }
        if (minutes.Version != version)
        {
            return MinutesResult.Conflict;
        }
        if (minutes.Status != MinutesStatus.Approved)
        {
            return MinutesResult.Refused("The chair must approve the minutes before they are issued");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        minutes.Status = MinutesStatus.Issued;
        minutes.IssuedAt = now;
        minutes.IssuedByUserId = user.StaffUserId();
        var recipients = await notifier.QueueAsync(meeting, minutes, now);
        var saved = await SaveAsync("");
        if (saved.Outcome != MinutesOutcome.Done)
        {
            return saved;
        }
        var failed = await notifier.SendAsync(recipients, meeting, minutes, siteAddress);
        var told = $"{recipients.Count} {(recipients.Count == 1 ? "representative" : "representatives")} told";
        return MinutesResult.Done($"Minutes version {minutes.Number} issued: {told}"
            + (failed > 0 ? $". {failed} e-mails could not be sent: they have the notification in Marac" : ""));
    }

    /// <summary>A correction to issued minutes: a new draft version with the reason, approved and issued like the first.</summary>
    public async Task<MinutesResult> CorrectAsync(int meetingId, Guid version, string reason, ClaimsPrincipal user)
    {
        var (meeting, minutes) = await LatestAsync(meetingId);
        if (meeting is null || minutes is null)
        {
            return MinutesResult.NotFound;
        }
        if (minutes.Version != version)
        {
            return MinutesResult.Conflict;
        }
        if (minutes.Status != MinutesStatus.Issued)
        {
            return MinutesResult.Refused("Only issued minutes can be corrected: change the draft before it is issued");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        db.MeetingMinutes.Add(new MeetingMinutes
        {
            MeetingId = meetingId, Number = minutes.Number + 1, Status = MinutesStatus.Draft, CreatedAt = now,
            CreatedByUserId = user.StaffUserId(), CorrectionReason = reason.Trim(),
            IssueBy = await deadline.IssueByAsync(DateOnly.FromDateTime(Data.UkTime.FromUtc(now))),
        });
        // Touching the issued version makes a second correction made at the same moment a conflict.
        db.Entry(minutes).State = EntityState.Modified;
        return await SaveAsync($"Minutes version {minutes.Number + 1} started. The chair approves it and you issue it; the agencies are told when it is issued");
    }

    private async Task<(Meeting? Meeting, MeetingMinutes? Minutes)> LatestAsync(int meetingId)
    {
        var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId);
        var minutes = meeting is null ? null
            : await db.MeetingMinutes.Where(m => m.MeetingId == meetingId).OrderByDescending(m => m.Number).FirstOrDefaultAsync();
        return (meeting, minutes);
    }

    private async Task<MinutesResult> SaveAsync(string message)
    {
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            return MinutesResult.Conflict;
        }
        return MinutesResult.Done(message);
    }
}
