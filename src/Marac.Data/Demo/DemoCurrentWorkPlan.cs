using Marac.Data.Entities;

namespace Marac.Data.Demo;

/// <summary>A referral still in progress on the demo's "today": a draft, awaiting a decision, accepted or returned.</summary>
internal sealed class CurrentReferralPlan
{
    public required VictimPlan Victim { get; init; }
    public List<PerpetratorPlan> Perpetrators { get; } = [];
    public List<ChildPlan> Children { get; } = [];
    public required ReferralStatus Status { get; init; }
    public required DateOnly ReferralDate { get; init; }
    public required int Score { get; init; }
    public required string Agency { get; init; }
    public Guid? CreatedBy { get; init; }
    /// <summary>The recent heard case this referral repeats (same victim and perpetrator), if any.</summary>
    public CasePlan? LikelyRepeatOf { get; init; }
    public string Reference { get; set; } = "";
}

/// <summary>
/// Plans the current work: a mix of submitted and accepted referrals from the last three weeks, two
/// drafts and one returned referral, including a likely repeat and victims whose names need care.
/// </summary>
internal sealed class DemoCurrentWorkPlanner(DemoRandom random, DemoHouseholds households, DateOnly today)
{
    private enum Kind { Ordinary, LikelyRepeat, Polish, Arabic, Chinese }

    private sealed record Slot(ReferralStatus Status, int Score, string Agency, Guid? CreatedBy, Kind Kind = Kind.Ordinary);

    private static readonly Slot[] Slots =
    [
        new(ReferralStatus.Submitted, 12, DemoAgencyNames.Police, DemoPartnership.PoliceReferrerObjectId, Kind.LikelyRepeat),
        new(ReferralStatus.Accepted, 17, DemoAgencyNames.CoventryHaven, null, Kind.Polish),
        new(ReferralStatus.Submitted, 15, DemoAgencyNames.Panahghar, null, Kind.Arabic),
        new(ReferralStatus.Accepted, 14, DemoAgencyNames.Uhcw, DemoPartnership.HealthReferrerObjectId, Kind.Chinese),
        new(ReferralStatus.Submitted, 19, DemoAgencyNames.Police, DemoPartnership.PoliceReferrerObjectId),
        new(ReferralStatus.Submitted, 11, DemoAgencyNames.MentalHealthTrust, null),
        new(ReferralStatus.Submitted, 16, DemoAgencyNames.Police, null),
        new(ReferralStatus.Submitted, 9, DemoAgencyNames.GpPractices, null),
        new(ReferralStatus.Accepted, 21, DemoAgencyNames.Police, DemoPartnership.PoliceReferrerObjectId),
        new(ReferralStatus.Accepted, 14, DemoAgencyNames.CoventryHaven, null),
        new(ReferralStatus.Accepted, 13, DemoAgencyNames.ChildrensServices, null),
        new(ReferralStatus.Accepted, 18, DemoAgencyNames.Police, null),
        new(ReferralStatus.Accepted, 15, DemoAgencyNames.Uhcw, DemoPartnership.HealthReferrerObjectId),
        new(ReferralStatus.Accepted, 16, DemoAgencyNames.Housing, null),
        new(ReferralStatus.Submitted, 10, DemoAgencyNames.Probation, null),
        new(ReferralStatus.Draft, 14, DemoAgencyNames.Police, DemoPartnership.PoliceReferrerObjectId),
        new(ReferralStatus.Draft, 12, DemoAgencyNames.Uhcw, DemoPartnership.HealthReferrerObjectId),
        new(ReferralStatus.Returned, 8, DemoAgencyNames.Police, DemoPartnership.PoliceReferrerObjectId),
    ];

    public List<CurrentReferralPlan> Plan(DemoHistoryPlan history) =>
        Slots.Select(slot => PlanOne(slot, history)).ToList();

    private CurrentReferralPlan PlanOne(Slot slot, DemoHistoryPlan history)
    {
        var source = slot.Kind == Kind.LikelyRepeat ? RecentCaseToRepeat(history) : null;
        var date = ReferralDate(slot, source is not null);
        var plan = new CurrentReferralPlan
        {
            Victim = source?.Victim ?? NewVictim(slot.Kind, date),
            Status = slot.Status,
            ReferralDate = date,
            Score = slot.Score,
            Agency = slot.Agency,
            CreatedBy = slot.CreatedBy,
            LikelyRepeatOf = source,
        };
        if (source is null)
        {
            households.Populate(DemoCalendar.AgeOn(plan.Victim.DateOfBirth, date), date, plan.Perpetrators, plan.Children);
        }
        else
        {
            plan.Perpetrators.AddRange(source.Perpetrators);
            plan.Children.AddRange(source.Children.Where(c => DemoCalendar.AgeOn(c.DateOfBirth, date) < 18));
        }
        return plan;
    }

    private DateOnly ReferralDate(Slot slot, bool likelyRepeat) => slot.Status switch
    {
        _ when likelyRepeat => today.AddDays(-random.Between(1, 3)),
        ReferralStatus.Draft => today.AddDays(-random.Between(1, 2)),
        ReferralStatus.Returned => today.AddDays(-random.Between(5, 10)),
        _ => today.AddDays(-random.Between(1, 20)),
    };

    /// <summary>The latest recently heard case whose victim is referred nowhere else later.</summary>
    private static CasePlan? RecentCaseToRepeat(DemoHistoryPlan history) =>
        history.Meetings.Count == 0 ? null : history.Cases.LastOrDefault(c =>
            c.HeardOn >= history.Meetings[^1].AddDays(-90)
            && !c.Victim.IsSpecial
            && c.Victim.Gender == Gender.Female
            && c.Victim.Cases[^1] == c);

    private VictimPlan NewVictim(Kind kind, DateOnly date)
    {
        var victim = households.NewVictim(date);
        switch (kind)
        {
            case Kind.Polish:
                victim.Ethnicity = Ethnicity.WhiteOther;
                victim.Identity = new DemoIdentity(DemoNames.Polish, "Łucja", "Nowak", "Polish", InterpreterNeeded: true);
                break;
            case Kind.Arabic:
                victim.Ethnicity = Ethnicity.OtherArab;
                victim.Identity = new DemoIdentity(DemoNames.Arabic, "Fatimah", "Al-Sayed", "Arabic", InterpreterNeeded: true);
                victim.Aliases.AddRange(["فاطمة السيد", "Fatima Al Sayed"]);
                break;
            case Kind.Chinese:
                victim.Ethnicity = Ethnicity.AsianChinese;
                victim.Identity = new DemoIdentity(DemoNames.Chinese, "Mei", "Chen", "Mandarin", InterpreterNeeded: false);
                victim.Aliases.Add("陈美");
                break;
        }
        return victim;
    }
}
