using Marac.Data;
using Marac.Data.Entities;
using Marac.Web.Features.Meetings;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Minutes;

public enum MinutesDue { OnTrack, DueSoon, Overdue }

/// <summary>A concluded meeting whose minutes are not issued yet, and when they are due.</summary>
public sealed record MinutesToIssue(Meeting Meeting, MeetingMinutes? Latest, DateOnly IssueBy, MinutesDue Due);

/// <summary>
/// The reminder: concluded meetings whose latest minutes are not issued, flagged when the deadline is within
/// one working day or past. Looking at the list tells every coordinator once per deadline, in the app.
/// </summary>
public sealed class MinutesReminders(MaracDbContext db, MinutesDeadline deadline, TimeProvider clock)
{
    public async Task<List<MinutesToIssue>> OutstandingAsync()
    {
        var today = UkTime.Today(clock);
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.Status == MeetingStatus.Concluded && m.ConcludedAt != null && !m.IsImported)
            .Select(m => new { Meeting = m, Latest = db.MeetingMinutes.Where(x => x.MeetingId == m.Id).OrderByDescending(x => x.Number).FirstOrDefault() })
            .Where(m => m.Latest == null || m.Latest.Status != MinutesStatus.Issued)
            .ToListAsync();
        var outstanding = new List<MinutesToIssue>();
        foreach (var row in meetings.OrderBy(m => m.Meeting.StartsAt))
        {
            var issueBy = row.Latest?.IssueBy ?? await deadline.IssueByAsync(row.Meeting.Date);
            var due = today > issueBy ? MinutesDue.Overdue : await deadline.IsDueSoonAsync(issueBy, today) ? MinutesDue.DueSoon : MinutesDue.OnTrack;
            outstanding.Add(new MinutesToIssue(row.Meeting, row.Latest, issueBy, due));
        }
        return outstanding;
    }

    /// <summary>Tells every coordinator about minutes due within a working day or overdue, once per meeting and deadline.</summary>
    public async Task RemindAsync(IEnumerable<MinutesToIssue> outstanding)
    {
        var due = outstanding.Where(o => o.Due != MinutesDue.OnTrack).ToList();
        if (due.Count == 0)
        {
            return;
        }
        var coordinators = await db.StaffUsers.AsNoTracking()
            .Where(u => u.Status == StaffUserStatus.Active && (u.Roles & AppRoles.Coordinator) == AppRoles.Coordinator)
            .Select(u => u.Id).ToListAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var item in due)
        {
            var text = $"Minutes for the MARAC meeting on {MeetingDisplay.Date(item.Meeting.StartsAt)} must be issued by {MeetingDisplay.Date(item.IssueBy)}";
            var link = $"/minutes/{item.Meeting.Id}";
            var told = await db.Notifications.Where(n => n.Link == link && n.Text == text).Select(n => n.StaffUserId).ToListAsync();
            db.Notifications.AddRange(coordinators.Except(told).Select(id => new Notification { StaffUserId = id, Text = text, Link = link, CreatedAt = now }));
        }
        await db.SaveChangesAsync();
    }
}
