using Marac.Data.Entities;
using Marac.Data.Matching;

namespace Marac.Data.Demo;

/// <summary>
/// Writes planned people as the Person rows of one referral. A person referred again gets a new row
/// with the same subject id, and now and then their name is written a little differently.
/// </summary>
internal sealed class DemoPeopleFactory(DemoRandom random)
{
    private static readonly string[] SafeTimes =
    [
        "Weekday mornings, 9am to 12pm", "Only while he is at work, weekdays 10am to 3pm", "Any time on this number",
        "Tuesday and Thursday afternoons", "Text first; call only if she replies",
    ];

    private static readonly string[] ImmigrationStatuses =
    [
        "Spouse visa (no recourse to public funds)", "EU Settled Status", "EU pre-settled status",
        "Asylum seeker", "Refugee status", "British citizen",
    ];

    private static readonly (string Item, double Weight)[] PartnerRelationships =
        [("Ex-partner", 40), ("Partner", 25), ("Husband", 12), ("Ex-husband", 8), ("Boyfriend", 8), ("Ex-boyfriend", 7)];

    public Person Victim(VictimPlan victim, DateOnly referralDate, bool referredBefore, bool forceVariant = false)
    {
        victim.Identity ??= DemoNames.NewIdentity(DemoNames.CultureFor(victim.Ethnicity, random), victim.Gender, random);
        if (victim.Address is null || (referredBefore && random.Chance(0.25)))
        {
            (victim.Address, victim.Postcode) = DemoAddresses.NewAddress(random);
            victim.Phone = DemoAddresses.NewMobile(random);
        }
        var identity = victim.Identity;
        var (given, family) = Names(identity, forceVariant || (referredBefore && random.Chance(0.3)));
        var safeToCall = random.PickWeighted<YesNoNotKnown>([(YesNoNotKnown.Yes, 60), (YesNoNotKnown.No, 25), (YesNoNotKnown.NotKnown, 15)]);
        var status = identity.Culture.Language != "English" && random.Chance(0.15) ? random.Pick(ImmigrationStatuses) : null;
        var person = new Person
        {
            SubjectId = victim.SubjectId,
            GivenName = given,
            FamilyName = family,
            DateOfBirth = victim.DateOfBirth,
            Gender = victim.Gender,
            Ethnicity = victim.Ethnicity,
            Disabled = victim.Disabled,
            Lgbt = victim.Lgbt,
            PreferredLanguage = identity.Language,
            InterpreterNeeded = identity.InterpreterNeeded,
            Pregnant = Pregnancy(victim, referralDate),
            ImmigrationStatus = status,
            NoRecourseToPublicFunds = status?.Contains("no recourse", StringComparison.Ordinal) == true,
            Address = victim.Address,
            Postcode = victim.Postcode,
            Phone = victim.Phone,
            SafeToCall = safeToCall,
            SafeTimesToCall = safeToCall == YesNoNotKnown.Yes ? random.Pick(SafeTimes) : null,
            Version = random.NextGuid(),
        };
        person.Aliases.AddRange(victim.Aliases.Select(a => new PersonAlias { Name = a, NameKey = NameKey.ForFullName(a) }));
        return Keyed(person);
    }

    public ReferralPerpetrator Perpetrator(PerpetratorPlan perpetrator, VictimPlan victim, bool referredBefore)
    {
        SettlePerpetrator(perpetrator, victim);
        var identity = perpetrator.Identity!;
        var (given, family) = Names(identity, referredBefore && random.Chance(0.2));
        var person = new Person
        {
            SubjectId = perpetrator.SubjectId,
            GivenName = given,
            FamilyName = family,
            DateOfBirth = perpetrator.DateOfBirth,
            Gender = perpetrator.Gender ?? Gender.Male,
            Ethnicity = perpetrator.Ethnicity ?? Ethnicity.NotKnown,
            Disabled = YesNoNotKnown.NotKnown,
            Lgbt = YesNoNotKnown.NotKnown,
            PreferredLanguage = identity.Language,
            Address = perpetrator.Address,
            Postcode = perpetrator.Postcode,
            Version = random.NextGuid(),
        };
        return new ReferralPerpetrator { Person = Keyed(person), RelationshipToVictim = perpetrator.Relationship };
    }

    public ReferralChild Child(ChildPlan child, VictimPlan victim, List<PerpetratorPlan> perpetrators, DateOnly referralDate)
    {
        var identity = victim.Identity!;
        child.GivenName ??= DemoNames.ChildGivenName(identity.Culture, child.Gender, random);
        SettleParent(child, perpetrators);
        var person = new Person
        {
            SubjectId = child.SubjectId,
            GivenName = child.GivenName,
            FamilyName = identity.FamilyName,
            DateOfBirth = child.DateOfBirth,
            Gender = child.Gender,
            Ethnicity = victim.Ethnicity,
            Address = victim.Address,
            Postcode = victim.Postcode,
            Version = random.NextGuid(),
        };
        var age = DemoCalendar.AgeOn(child.DateOfBirth, referralDate);
        return new ReferralChild
        {
            Person = Keyed(person),
            RelationshipToVictim = child.Gender == Gender.Male ? "Son" : "Daughter",
            RelationshipToPerpetrator = RelationshipToPerpetrator(child, perpetrators),
            School = DemoSchools.For(age, random),
        };
    }

    private void SettlePerpetrator(PerpetratorPlan perpetrator, VictimPlan victim)
    {
        if (perpetrator.Identity is not null)
        {
            return;
        }
        perpetrator.Gender ??= PerpetratorGender(victim);
        var victimCulture = victim.Identity!.Culture;
        var sameCulture = victimCulture == DemoNames.British || random.Chance(0.85);
        perpetrator.Ethnicity = sameCulture ? victim.Ethnicity : Ethnicity.WhiteBritish;
        perpetrator.Identity = DemoNames.NewIdentity(sameCulture ? victimCulture : DemoNames.British, perpetrator.Gender.Value, random);
        perpetrator.Relationship ??= PartnerRelationship(victim, perpetrator.Gender.Value);
        if (!random.Chance(0.35))
        {
            (perpetrator.Address, perpetrator.Postcode) = random.Chance(0.3) ? ("No fixed abode", null) : DemoAddresses.NewAddress(random);
        }
    }

    private Gender PerpetratorGender(VictimPlan victim)
    {
        var sameSex = victim.Lgbt == YesNoNotKnown.Yes && random.Chance(0.7);
        var male = victim.Gender == Gender.Male ? sameSex : !sameSex;
        return male ? Gender.Male : Gender.Female;
    }

    private string PartnerRelationship(VictimPlan victim, Gender perpetratorGender)
    {
        var relationship = random.PickWeighted(PartnerRelationships);
        return (relationship, perpetratorGender) switch
        {
            ("Husband", Gender.Female) => "Wife",
            ("Ex-husband", Gender.Female) => "Ex-wife",
            ("Boyfriend", Gender.Female) => "Girlfriend",
            ("Ex-boyfriend", Gender.Female) => "Ex-girlfriend",
            _ when victim.Gender == Gender.Male && relationship.Contains("husband", StringComparison.OrdinalIgnoreCase) => "Ex-partner",
            _ => relationship,
        };
    }

    private void SettleParent(ChildPlan child, List<PerpetratorPlan> perpetrators)
    {
        if (child.ParentSettled)
        {
            return;
        }
        child.ParentSettled = true;
        var partner = perpetrators[0];
        child.Parent = partner.Relationship != "Son" && random.Chance(0.75) ? partner : null;
    }

    private static string RelationshipToPerpetrator(ChildPlan child, List<PerpetratorPlan> perpetrators)
    {
        var boy = child.Gender == Gender.Male;
        if (perpetrators[0].Relationship == "Son")
        {
            return boy ? "Brother" : "Sister";
        }
        if (child.Parent is not null && perpetrators.Contains(child.Parent))
        {
            return boy ? "Son" : "Daughter";
        }
        return boy ? "Stepson" : "Stepdaughter";
    }

    private YesNoNotKnown Pregnancy(VictimPlan victim, DateOnly on)
    {
        if (victim.Gender != Gender.Female || DemoCalendar.AgeOn(victim.DateOfBirth, on) > 44)
        {
            return YesNoNotKnown.No;
        }
        var roll = random.NextDouble();
        return roll < 0.06 ? YesNoNotKnown.Yes : roll < 0.75 ? YesNoNotKnown.No : YesNoNotKnown.NotKnown;
    }

    private (string Given, string Family) Names(DemoIdentity identity, bool variant)
    {
        if (!variant)
        {
            return (identity.GivenName, identity.FamilyName);
        }
        return random.Chance(0.5)
            ? (DemoSpelling.Variant(identity.GivenName, random), identity.FamilyName)
            : (identity.GivenName, DemoSpelling.Variant(identity.FamilyName, random));
    }

    private static Person Keyed(Person person)
    {
        person.NameKey = NameKey.For(person.GivenName, person.FamilyName);
        return person;
    }
}

/// <summary>Invented schools for the children's records.</summary>
internal static class DemoSchools
{
    private static readonly string[] Nurseries = ["Little Acorns Example Nursery", "Sample Tots Nursery"];
    private static readonly string[] Primaries =
        ["Example Park Primary School", "Sample Lane Primary School", "Placeholder Church of England Primary", "Notional Academy (primary)"];
    private static readonly string[] Secondaries =
        ["Placeholder Academy", "Notional High School", "Example Heath School", "Sample Grange Academy"];

    public static string? For(int age, DemoRandom random) => age switch
    {
        < 2 => null,
        < 4 => random.Chance(0.5) ? random.Pick(Nurseries) : null,
        < 11 => random.Pick(Primaries),
        < 16 => random.Pick(Secondaries),
        _ => random.Chance(0.5) ? "Example College of Further Education" : null,
    };
}
