using Marac.Data.Entities;

namespace Marac.Data.Demo;

/// <summary>Writes the work in progress on the demo's "today": the next four meetings and the open referrals.</summary>
internal sealed class DemoCurrentWorkWriter(MaracDbContext db, DemoRandom random, DemoReferralFactory referrals, DemoIds ids)
{
    public const int UpcomingMeetings = 4;

    public async Task WriteAsync(IReadOnlyList<CurrentReferralPlan> plans, DateOnly today, CancellationToken ct)
    {
        db.Meetings.AddRange(DemoCalendar.UpcomingMeetingDates(today, UpcomingMeetings).Select(Upcoming));
        db.Referrals.AddRange(plans.Select(p => referrals.Current(p, today)));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private Meeting Upcoming(DateOnly date) => new()
    {
        StartsAt = DemoCalendar.MeetingStart(date),
        Venue = DemoHistoryWriter.VenueFor(date),
        OnlineLink = $"https://meet.coventry-demo.example/marac/{date:yyyyMMdd}",
        ChairUserId = ids.ChairId,
        Status = MeetingStatus.Scheduled,
        CaseCapacity = 20,
        MinutesPerCase = 12,
        Version = random.NextGuid(),
    };
}
