using Marac.Data.Entities;

namespace Marac.Data.Demo;

/// <summary>Writes the planned history one calendar year at a time: the meetings, their agendas and the referrals heard.</summary>
internal sealed class DemoHistoryWriter(MaracDbContext db, DemoRandom random, DemoReferralFactory referrals, DemoIds ids)
{
    private const string DeferralReason = "The referrer was not present and had not briefed anyone; deferred to the next meeting.";

    public async Task WriteAsync(DemoHistoryPlan plan, CancellationToken ct)
    {
        foreach (var year in plan.Cases.GroupBy(c => c.HeardOn.Year))
        {
            var written = new Dictionary<CasePlan, Referral>();
            foreach (var c in year)
            {
                written[c] = referrals.Heard(c);
            }
            var meetings = Enumerable.Range(0, plan.Meetings.Count)
                .Where(i => plan.Meetings[i].Year == year.Key)
                .Select(i => Meeting(plan.Meetings[i], AgendaFor(i, written)))
                .ToList();
            db.Meetings.AddRange(meetings);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }

    private static List<(CasePlan Case, Referral Referral, AgendaItemStatus Status)> AgendaFor(
        int meeting, Dictionary<CasePlan, Referral> written) =>
        written
            .Where(w => w.Key.HeardMeeting == meeting || w.Key.DeferredMeeting == meeting)
            .Select(w => (w.Key, w.Value, w.Key.HeardMeeting == meeting ? AgendaItemStatus.Heard : AgendaItemStatus.Deferred))
            .ToList();

    private Meeting Meeting(DateOnly date, List<(CasePlan Case, Referral Referral, AgendaItemStatus Status)> agenda)
    {
        var meeting = new Meeting
        {
            StartsAt = DemoCalendar.MeetingStart(date),
            Venue = VenueFor(date),
            ChairUserId = ids.ChairId,
            Status = MeetingStatus.Concluded,
            CaseCapacity = 20,
            MinutesPerCase = 12,
            ConfidentialityStatementVersion = "1",
            Version = random.NextGuid(),
        };
        var ordered = agenda
            .OrderBy(a => a.Case.Children.Count > 0 ? AgendaSection.CasesWithChildren : AgendaSection.AdultOnlyCases)
            .ThenByDescending(a => a.Case.DeferredMeeting is not null && a.Status == AgendaItemStatus.Heard)
            .ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var (plan, referral, status) = ordered[i];
            meeting.AgendaItems.Add(new AgendaItem
            {
                Referral = referral,
                Section = plan.Children.Count > 0 ? AgendaSection.CasesWithChildren : AgendaSection.AdultOnlyCases,
                Order = i + 1,
                Status = status,
                StatusReason = status == AgendaItemStatus.Deferred ? DeferralReason : null,
                Version = random.NextGuid(),
            });
        }
        return meeting;
    }

    public static string VenueFor(DateOnly date) =>
        date < new DateOnly(2020, 3, 26) ? "MARAC room, Example House, Coventry"
        : date < new DateOnly(2021, 9, 1) ? "Online (video call)"
        : "Example House, Coventry, and online";
}
