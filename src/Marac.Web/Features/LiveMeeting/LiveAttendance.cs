using Marac.Data;
using Marac.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.LiveMeeting;

/// <summary>Opening the meeting, signing its confidentiality statement, presence, and apologies.</summary>
public sealed class LiveAttendance(MaracDbContext db, TimeProvider clock)
{
    /// <summary>The statement in force: the highest-numbered version.</summary>
    public Task<ConfidentialityStatement?> CurrentStatementAsync() =>
        db.ConfidentialityStatements.AsNoTracking().OrderByDescending(s => s.Number).FirstOrDefaultAsync();

    public Task<ConfidentialityStatement?> StatementAsync(int? id) =>
        db.ConfidentialityStatements.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id);

    /// <summary>Starts the meeting under the current statement; everyone signs that version.</summary>
    public async Task OpenAsync(int meetingId)
    {
        var meeting = await db.Meetings.FirstAsync(m => m.Id == meetingId);
        if (meeting.Status == MeetingStatus.InProgress)
        {
            return;
        }
        var statement = await CurrentStatementAsync() ?? throw new InvalidOperationException("No confidentiality statement is recorded.");
        meeting.Status = MeetingStatus.InProgress;
        meeting.OpenedAt = clock.GetUtcNow().UtcDateTime;
        meeting.ConfidentialityStatementId = statement.Id;
        meeting.ConfidentialityStatementVersion = statement.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Ends the meeting: concluded now, and everyone still present recorded as leaving now. False when the
    /// meeting is not in progress, or someone else concluded it at the same moment (its version changed).
    /// </summary>
    public async Task<bool> ConcludeAsync(int meetingId)
    {
        var meeting = await db.Meetings.FirstAsync(m => m.Id == meetingId);
        if (meeting.Status != MeetingStatus.InProgress)
        {
            return false;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        meeting.Status = MeetingStatus.Concluded;
        meeting.ConcludedAt = now;
        foreach (var present in await db.MeetingAttendances.Where(a => a.MeetingId == meetingId && a.LeftAt == null).ToListAsync())
        {
            present.LeftAt = now;
        }
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    public async Task SignAsync(LiveMeetingInfo meeting, int userId, int? agencyId, bool observer)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var attendance = await db.MeetingAttendances.FirstOrDefaultAsync(a => a.MeetingId == meeting.Id && a.StaffUserId == userId);
        if (attendance is null)
        {
            attendance = new MeetingAttendance { MeetingId = meeting.Id, StaffUserId = userId, JoinedAt = now };
            db.MeetingAttendances.Add(attendance);
        }
        (attendance.AgencyId, attendance.IsObserver, attendance.SignedStatementId, attendance.SignedAt, attendance.LeftAt) =
            (agencyId, observer, meeting.StatementId, now, null);
        await db.SaveChangesAsync();
    }

    /// <summary>Records arrival (on joining) or departure (when the last connection closes).</summary>
    public async Task MarkPresenceAsync(int meetingId, int userId, bool present)
    {
        var attendance = await db.MeetingAttendances.FirstOrDefaultAsync(a => a.MeetingId == meetingId && a.StaffUserId == userId);
        if (attendance is null || (present ? attendance.LeftAt is null : attendance.LeftAt is not null))
        {
            return;
        }
        attendance.LeftAt = present ? null : clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
    }

    public async Task RecordApologyAsync(int meetingId, int agencyId, bool informationSent, string? note, int? recordedBy)
    {
        var apology = await db.MeetingApologies.FirstOrDefaultAsync(a => a.MeetingId == meetingId && a.AgencyId == agencyId);
        if (apology is null)
        {
            apology = new MeetingApology { MeetingId = meetingId, AgencyId = agencyId };
            db.MeetingApologies.Add(apology);
        }
        (apology.InformationSent, apology.Note, apology.RecordedAt, apology.RecordedByUserId) =
            (informationSent, ActionRules.Clean(note), clock.GetUtcNow().UtcDateTime, recordedBy);
        await db.SaveChangesAsync();
    }

    public Task<List<MeetingAttendance>> AttendancesAsync(int meetingId) =>
        db.MeetingAttendances.AsNoTracking().Include(a => a.StaffUser).Include(a => a.Agency)
            .Where(a => a.MeetingId == meetingId).OrderBy(a => a.Agency!.Name).ThenBy(a => a.JoinedAt).ToListAsync();

    public Task<List<MeetingApology>> ApologiesAsync(int meetingId) =>
        db.MeetingApologies.AsNoTracking().Include(a => a.Agency).Where(a => a.MeetingId == meetingId).OrderBy(a => a.Agency.Name).ToListAsync();
}
