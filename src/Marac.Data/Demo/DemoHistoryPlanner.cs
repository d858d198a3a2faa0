namespace Marac.Data.Demo;

/// <summary>
/// Plans the demo history in memory: the weekly meetings up to today, how many cases each heard,
/// and for every case whether it repeats an earlier one (same victim and perpetrator within 12
/// months), is a new incident with a new perpetrator, comes back after more than a year, or is new.
/// </summary>
internal sealed class DemoHistoryPlanner(DemoRandom random, DemoHouseholds households, DateOnly today)
{
    private const int FirstYear = 2015;
    private const double DeferralChance = 0.012;
    private readonly DemoHistoryPlan _plan = new();

    public DemoHistoryPlan Plan()
    {
        for (var year = FirstYear; ; year++)
        {
            var dates = DemoCalendar.MeetingDatesInSafeLivesYear(year);
            var held = dates.Count(d => d < today);
            if (held == 0)
            {
                return _plan;
            }
            var full = DemoYearProfile.For(year, random);
            var counts = Allocate(full.Cases, dates);
            var profile = full.ScaledTo(counts.Take(held).Sum());
            _plan.Profiles[year] = profile;
            PlanYear(profile, dates.Take(held).ToList(), counts);
        }
    }

    /// <summary>Shares a year's cases among its meetings: busier in January, quieter in August.</summary>
    private int[] Allocate(int total, List<DateOnly> dates)
    {
        var weights = dates
            .Select(d => 1.0 + (random.NextDouble() - 0.5) * 0.5 + (d.Month == 1 ? 0.15 : 0) - (d.Month == 8 ? 0.1 : 0))
            .ToArray();
        var exact = weights.Select(w => w * total / weights.Sum()).ToArray();
        var counts = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var remainder = total - counts.Sum();
        foreach (var i in Enumerable.Range(0, counts.Length).OrderByDescending(i => exact[i] - counts[i]).Take(remainder))
        {
            counts[i]++;
        }
        return counts;
    }

    private void PlanYear(DemoYearProfile profile, List<DateOnly> dates, int[] counts)
    {
        var repeatsNeeded = profile.Repeats;
        var casesLeft = profile.Cases;
        for (var i = 0; i < dates.Count; i++)
        {
            _plan.Meetings.Add(dates[i]);
            for (var n = 0; n < counts[i]; n++)
            {
                var wantRepeat = repeatsNeeded > 0
                    && (repeatsNeeded >= casesLeft || random.NextDouble() < (double)repeatsNeeded / casesLeft);
                if (PlanCase(_plan.Meetings.Count - 1, wantRepeat))
                {
                    repeatsNeeded--;
                }
                casesLeft--;
            }
        }
    }

    private bool PlanCase(int meeting, bool wantRepeat)
    {
        var deferredAt = ChooseDeferral(meeting);
        var date = _plan.Meetings[deferredAt ?? meeting].AddDays(-random.Between(5, 20));
        var previous = wantRepeat ? PickRecent(LatestCasesBetween(date.AddDays(-330), date.AddDays(-20))) : null;
        var plan = previous is null ? NonRepeat(date, meeting, deferredAt) : Repeat(previous, date, meeting, deferredAt);
        plan.Victim.Cases.Add(plan);
        _plan.Cases.Add(plan);
        return plan.IsRepeat;
    }

    /// <summary>Now and then the referrer cannot attend, so the case waits a week (never across a year end).</summary>
    private int? ChooseDeferral(int meeting)
    {
        if (meeting == 0 || _plan.Meetings[meeting - 1].Year != _plan.Meetings[meeting].Year || !random.Chance(DeferralChance))
        {
            return null;
        }
        return meeting - 1;
    }

    private CasePlan Repeat(CasePlan previous, DateOnly date, int meeting, int? deferredAt)
    {
        var plan = NewCase(previous.Victim, date, meeting, deferredAt);
        plan.IsRepeat = true;
        plan.Perpetrators.Add(previous.Perpetrators[0]);
        plan.Perpetrators.AddRange(previous.Perpetrators.Skip(1).Where(_ => random.Chance(0.7)));
        if (random.Chance(0.05))
        {
            plan.Perpetrators.Add(households.NewFamilyMember(plan.VictimAge, date));
        }
        households.CopyChildren(previous, plan);
        return plan;
    }

    private CasePlan NonRepeat(DateOnly date, int meeting, int? deferredAt)
    {
        var roll = random.NextDouble();
        if (roll < 0.03 && PickRecent(LatestCasesBetween(date.AddDays(-1100), date.AddDays(-400))) is { } earlier)
        {
            // Back after more than 12 months: a new referral, not a repeat.
            var returning = NewCase(earlier.Victim, date, meeting, deferredAt);
            returning.Perpetrators.AddRange(earlier.Perpetrators);
            households.CopyChildren(earlier, returning);
            return returning;
        }
        if (roll < 0.06 && PickRecent(LatestCasesBetween(date.AddDays(-330), date.AddDays(-20))) is { } recent)
        {
            // The same victim with a new perpetrator: not a repeat either.
            var newPartner = NewCase(recent.Victim, date, meeting, deferredAt);
            newPartner.Perpetrators.Add(households.NewPartner(newPartner.VictimAge, date));
            households.CopyChildren(recent, newPartner);
            return newPartner;
        }
        var fresh = NewCase(households.NewVictim(date), date, meeting, deferredAt);
        households.Populate(fresh.VictimAge, date, fresh.Perpetrators, fresh.Children);
        return fresh;
    }

    private CasePlan NewCase(VictimPlan victim, DateOnly date, int meeting, int? deferredAt) => new()
    {
        Victim = victim,
        ReferralDate = date,
        HeardMeeting = meeting,
        DeferredMeeting = deferredAt,
        HeardOn = _plan.Meetings[meeting],
        PreviousOfVictim = victim.Cases.Count > 0 ? victim.Cases[^1] : null,
    };

    /// <summary>Cases referred between the dates that are still their victim's latest.</summary>
    private List<CasePlan> LatestCasesBetween(DateOnly from, DateOnly to)
    {
        var found = new List<CasePlan>();
        for (var i = _plan.Cases.Count - 1; i >= 0 && _plan.Cases[i].HeardOn >= from; i--)
        {
            var plan = _plan.Cases[i];
            if (plan.ReferralDate >= from && plan.ReferralDate <= to && plan.Victim.Cases[^1] == plan)
            {
                found.Add(plan);
            }
        }
        return found;
    }

    /// <summary>One of the candidates, leaning towards the more recent (most repeats come within months).</summary>
    private CasePlan? PickRecent(List<CasePlan> candidates)
    {
        if (candidates.Count == 0)
        {
            return null;
        }
        var a = random.Pick(candidates);
        var b = random.Pick(candidates);
        return a.ReferralDate >= b.ReferralDate ? a : b;
    }
}
