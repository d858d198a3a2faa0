using Marac.Data;
using Marac.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Minutes;

/// <summary>The meeting's records the minutes are drawn from, before anything is shared with a reader.</summary>
public sealed record MinutesRecords(
    IReadOnlyList<MinutesAttendee> Attendees,
    IReadOnlyList<MinutesApology> Apologies,
    IReadOnlyList<AgendaItem> Items,
    IReadOnlyList<MeetingAction> Plan,
    IReadOnlyList<MeetingAction> Reviewed);

/// <summary>Loads a meeting's attendance, apologies, agenda and actions for its minutes.</summary>
public sealed class MinutesRecordsLoader(MaracDbContext db)
{
    public async Task<MinutesRecords> LoadAsync(Meeting meeting)
    {
        var attendees = await db.MeetingAttendances.AsNoTracking().Where(a => a.MeetingId == meeting.Id)
            .OrderBy(a => a.Agency == null ? "" : a.Agency.Name).ThenBy(a => a.IsObserver).ThenBy(a => a.StaffUser.DisplayName)
            .Select(a => new { a.StaffUser.DisplayName, Agency = a.Agency == null ? "No agency" : a.Agency.Name, a.IsObserver, a.SignedAt, a.JoinedAt, a.LeftAt })
            .ToListAsync();
        var apologies = await db.MeetingApologies.AsNoTracking().Where(a => a.MeetingId == meeting.Id).OrderBy(a => a.Agency.Name)
            .Select(a => new MinutesApology(a.Agency.Name, a.InformationSent)).ToListAsync();
        var items = await db.AgendaItems.AsNoTracking().Include(i => i.Referral).Where(i => i.MeetingId == meeting.Id)
            .OrderBy(i => i.Section).ThenBy(i => i.Order).ThenBy(i => i.Id).ToListAsync();
        var plan = await Agreed(db.MeetingActions.Where(a => a.MeetingId == meeting.Id)).ToListAsync();
        return new MinutesRecords(
            attendees.Select(a => new MinutesAttendee(a.DisplayName, a.Agency, a.IsObserver, Uk(a.SignedAt), UkTime.FromUtc(a.JoinedAt), Uk(a.LeftAt))).ToList(),
            apologies, items, plan, await ReviewedAsync(meeting, items.Select(i => i.ReferralId).Distinct().ToList()));
    }

    /// <summary>
    /// Actions from earlier meetings on this agenda's cases that were outstanding when the case was last
    /// discussed: still open, or closed since that meeting began.
    /// </summary>
    private async Task<List<MeetingAction>> ReviewedAsync(Meeting meeting, List<int> referralIds)
    {
        var earlier = await Agreed(db.MeetingActions.Where(a => referralIds.Contains(a.ReferralId) && a.MeetingId != meeting.Id
                && db.Meetings.Any(m => m.Id == a.MeetingId && m.StartsAt < meeting.StartsAt)))
            .ToListAsync();
        var lastDiscussed = await db.AgendaItems.AsNoTracking()
            .Where(i => referralIds.Contains(i.ReferralId) && i.MeetingId != meeting.Id && i.Meeting.StartsAt < meeting.StartsAt && i.Status != AgendaItemStatus.Deferred)
            .GroupBy(i => i.ReferralId).Select(g => new { g.Key, Last = g.Max(i => i.Meeting.StartsAt) })
            .ToDictionaryAsync(g => g.Key, g => UkTime.ToUtc(g.Last));
        return earlier.Where(a => a.Status == MeetingActionStatus.Open || a.StatusUpdatedAt is null
                || !lastDiscussed.TryGetValue(a.ReferralId, out var last) || a.StatusUpdatedAt >= last)
            .ToList();
    }

    /// <summary>Actions that entered a plan: not proposals still waiting, nor those the chair declined.</summary>
    private static IQueryable<MeetingAction> Agreed(IQueryable<MeetingAction> actions) =>
        actions.AsNoTracking().Include(a => a.OwnerAgency)
            .Where(a => a.Status != MeetingActionStatus.Proposed && a.Status != MeetingActionStatus.Declined)
            .OrderBy(a => a.DueDate).ThenBy(a => a.RecordedAt);

    private static DateTime? Uk(DateTime? utc) => utc is { } value ? UkTime.FromUtc(value) : null;
}
