using Marac.Data.Entities;

namespace Marac.Data.Demo;

/// <summary>
/// Makes each year's counted figures come out exactly as its profile says. Attributes are only ever
/// changed on victims who appear once in the whole history, so a change counts in one year only.
/// </summary>
internal sealed class DemoQuotaAdjuster(DemoRandom random, DemoHouseholds households)
{
    public void Apply(DemoHistoryPlan plan)
    {
        foreach (var year in plan.Cases.GroupBy(c => c.SafeLivesYear))
        {
            var profile = plan.Profiles[year.Key];
            var cases = year.ToList();
            var singles = cases.Where(c => c.Victim.IsSingleton).ToList();
            random.Shuffle(singles);
            var unassigned = new List<CasePlan>(singles);
            Assign(unassigned, profile.Victims16To17, _ => true, MakeAged16To17);
            Assign(unassigned, profile.MaleVictims, _ => true, c => c.Victim.Gender = Gender.Male);
            Assign(unassigned, profile.DisabledVictims, _ => true, c => c.Victim.Disabled = YesNoNotKnown.Yes);
            Assign(unassigned, profile.LgbtVictims, _ => true, c => c.Victim.Lgbt = YesNoNotKnown.Yes);
            Assign(unassigned, profile.JuvenilePerpetrators, c => c.Perpetrators.Count == 1, MakeJuvenilePerpetrator);
            BalanceEthnicity(cases, singles, profile.MinoritisedVictims);
            BalanceChildren(cases, singles.Where(c => c.VictimAge is >= 19 and <= 50).ToList(), profile.Children);
        }
    }

    private static void Assign(List<CasePlan> unassigned, int count, Func<CasePlan, bool> fits, Action<CasePlan> apply)
    {
        for (var n = 0; n < count; n++)
        {
            var index = unassigned.FindIndex(c => fits(c));
            if (index < 0)
            {
                throw new InvalidOperationException("The demo plan has too few single-referral victims for its quotas.");
            }
            var plan = unassigned[index];
            unassigned.RemoveAt(index);
            plan.Victim.IsSpecial = true;
            apply(plan);
        }
    }

    private void MakeAged16To17(CasePlan plan)
    {
        plan.Victim.DateOfBirth = DemoCalendar.BirthDateFor(random.Between(16, 17), plan.ReferralDate, random);
        plan.Children.Clear();
        plan.Perpetrators.RemoveRange(1, plan.Perpetrators.Count - 1);
        plan.Perpetrators[0].DateOfBirth = DemoCalendar.BirthDateFor(random.Between(18, 23), plan.ReferralDate, random);
    }

    private void MakeJuvenilePerpetrator(CasePlan plan)
    {
        plan.Victim.DateOfBirth = DemoCalendar.BirthDateFor(random.Between(36, 52), plan.ReferralDate, random);
        var son = plan.Perpetrators[0];
        son.DateOfBirth = DemoCalendar.BirthDateFor(random.Between(14, 17), plan.ReferralDate, random);
        son.Relationship = "Son";
        son.Gender = Gender.Male;
    }

    private void BalanceEthnicity(List<CasePlan> cases, List<CasePlan> singles, int target)
    {
        var change = target - cases.Count(c => DemoEthnicity.IsMinoritised(c.Victim.Ethnicity));
        var candidates = change > 0
            ? singles.Where(c => c.Victim.Ethnicity == Ethnicity.WhiteBritish).Take(change).ToList()
            : singles.Where(c => DemoEthnicity.IsMinoritised(c.Victim.Ethnicity)).Take(-change).ToList();
        if (candidates.Count != Math.Abs(change))
        {
            throw new InvalidOperationException("The demo plan cannot reach its ethnicity figure.");
        }
        foreach (var plan in candidates)
        {
            plan.Victim.Ethnicity = change > 0 ? DemoEthnicity.DrawMinoritised(random) : Ethnicity.WhiteBritish;
        }
    }

    private void BalanceChildren(List<CasePlan> cases, List<CasePlan> eligible, int target)
    {
        var change = target - cases.Sum(c => c.Children.Count);
        while (change != 0)
        {
            var progress = false;
            foreach (var plan in eligible)
            {
                if (change > 0 && plan.Children.Count < 5)
                {
                    plan.Children.Add(households.NewChild(plan.VictimAge, plan.ReferralDate));
                    change--;
                    progress = true;
                }
                else if (change < 0 && plan.Children.Count > 0)
                {
                    plan.Children.RemoveAt(plan.Children.Count - 1);
                    change++;
                    progress = true;
                }
                if (change == 0)
                {
                    return;
                }
            }
            if (!progress)
            {
                throw new InvalidOperationException("The demo plan cannot reach its children figure.");
            }
        }
    }
}
