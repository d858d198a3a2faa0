using Marac.Data.Entities;

namespace Marac.Data.Demo;

/// <summary>Makes the planned people of a household: victims, perpetrators and children, with ages that fit.</summary>
internal sealed class DemoHouseholds(DemoRandom random)
{
    private static readonly (int[] Range, double Weight)[] VictimAges =
        [([18, 24], 20), ([25, 34], 36), ([35, 44], 24), ([45, 54], 12), ([55, 64], 5), ([65, 84], 3)];

    private static readonly (int Item, double Weight)[] ChildCounts = [(0, 46), (1, 20), (2, 18), (3, 10), (4, 5), (5, 1)];

    public VictimPlan NewVictim(DateOnly referralDate)
    {
        var ages = random.PickWeighted(VictimAges);
        return new VictimPlan
        {
            SubjectId = random.NextGuid(),
            Ethnicity = DemoEthnicity.Draw(random),
            Disabled = random.Chance(0.85) ? YesNoNotKnown.No : YesNoNotKnown.NotKnown,
            Lgbt = random.Chance(0.7) ? YesNoNotKnown.No : YesNoNotKnown.NotKnown,
            DateOfBirth = DemoCalendar.BirthDateFor(random.Between(ages[0], ages[1]), referralDate, random),
        };
    }

    /// <summary>A partner or former partner of about the victim's age (never under 18).</summary>
    public PerpetratorPlan NewPartner(int victimAge, DateOnly referralDate) => new()
    {
        SubjectId = random.NextGuid(),
        DateOfBirth = DemoCalendar.BirthDateFor(Math.Clamp(victimAge + random.Between(-4, 9), 18, 88), referralDate, random),
    };

    /// <summary>A second perpetrator from the wider family: an in-law.</summary>
    public PerpetratorPlan NewFamilyMember(int victimAge, DateOnly referralDate)
    {
        var motherInLaw = random.Chance(0.5);
        var age = motherInLaw ? victimAge + random.Between(22, 32) : Math.Max(18, victimAge + random.Between(-5, 8));
        return new PerpetratorPlan
        {
            SubjectId = random.NextGuid(),
            DateOfBirth = DemoCalendar.BirthDateFor(age, referralDate, random),
            Relationship = motherInLaw ? "Mother-in-law" : "Brother-in-law",
            Gender = motherInLaw ? Gender.Female : Gender.Male,
        };
    }

    public int DrawChildCount(int victimAge) => victimAge > 52 ? 0 : random.PickWeighted(ChildCounts);

    /// <summary>A child young enough to be the victim's (the victim at least 17 at the birth).</summary>
    public ChildPlan NewChild(int victimAge, DateOnly referralDate, int? maxAge = null) => new()
    {
        SubjectId = random.NextGuid(),
        DateOfBirth = DemoCalendar.BirthDateFor(random.Between(0, Math.Min(maxAge ?? 16, Math.Max(0, victimAge - 17))), referralDate, random),
        Gender = random.Chance(0.5) ? Gender.Female : Gender.Male,
    };

    /// <summary>A fresh household: one partner (occasionally an in-law as well) and some children.</summary>
    public void Populate(int victimAge, DateOnly referralDate, List<PerpetratorPlan> perpetrators, List<ChildPlan> children)
    {
        perpetrators.Add(NewPartner(victimAge, referralDate));
        if (random.Chance(0.05))
        {
            perpetrators.Add(NewFamilyMember(victimAge, referralDate));
        }
        var count = DrawChildCount(victimAge);
        for (var i = 0; i < count; i++)
        {
            children.Add(NewChild(victimAge, referralDate));
        }
    }

    /// <summary>The children of an earlier referral still under 18, sometimes with a new baby.</summary>
    public void CopyChildren(CasePlan from, CasePlan to)
    {
        to.Children.AddRange(from.Children.Where(c => DemoCalendar.AgeOn(c.DateOfBirth, to.ReferralDate) < 18));
        if (to.VictimAge <= 42 && random.Chance(0.08))
        {
            to.Children.Add(NewChild(to.VictimAge, to.ReferralDate, maxAge: 0));
        }
    }
}
