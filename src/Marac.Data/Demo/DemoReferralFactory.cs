using Marac.Data.Entities;
using Marac.Data.Reference;

namespace Marac.Data.Demo;

/// <summary>Builds the Referral rows (with their people, agencies and risk assessment) for planned cases.</summary>
internal sealed class DemoReferralFactory(DemoRandom random, DemoIds ids)
{
    private static readonly string[] ConsentReasons =
    [
        "Victim declined: afraid the perpetrator will find out.",
        "Not safe to seek consent: the perpetrator monitors her phone.",
        "Victim could not be contacted safely before the referral.",
        "Victim does not see the relationship as abusive.",
    ];

    private static readonly string[] Fears =
    [
        "That he will kill her.", "That he will take the children.", "That he will find her new address.",
        "That his family will punish her for leaving.", "That she will be deported if she reports him.",
    ];

    private static readonly string[] Narratives =
    [
        "Police called by a neighbour after screaming was heard. Victim had visible injuries and disclosed strangulation.",
        "Victim attended the Emergency Department with a fractured wrist; disclosed years of controlling behaviour.",
        "Victim left the relationship three weeks ago; since then constant messages and threats, and he has been seen outside her work.",
        "Disclosed to her GP during a routine appointment; frightened, isolated and financially dependent on him.",
        "Children's social care visit found the children frightened; the mother disclosed threats to kill.",
    ];

    private readonly DemoPeopleFactory _people = new(random);
    private readonly DemoRisk _risk = new(random);
    private readonly Dictionary<int, IReadOnlyList<(string Agency, double Weight)>> _weights = [];

    /// <summary>A case the MARAC has heard.</summary>
    public Referral Heard(CasePlan plan)
    {
        var referral = NewReferral(plan.Reference, plan.ReferralDate, plan.Victim, plan.PreviousOfVictim is not null, plan.Perpetrators, plan.Children);
        referral.ReferringAgencies.AddRange(HistoricAgencies(plan.SafeLivesYear, plan.Victim.Identity!.Culture));
        SetReferrer(referral);
        referral.Status = ReferralStatus.Heard;
        referral.SubmittedAt = referral.CreatedAt.AddMinutes(random.Between(5, 90));
        referral.DecidedAt = DemoCalendar.UkToUtc(plan.ReferralDate.AddDays(random.Between(1, 3)), new TimeOnly(random.Between(9, 16), random.Between(0, 59)));
        referral.DecidedByUserId = ids.CoordinatorId;
        var score = _risk.HistoricScore(plan.IsRepeat);
        referral.RiskAssessment = Assessment(plan.ReferralDate, score);
        var previous = plan.PreviousOfVictim;
        _risk.SetCriteria(referral, score, plan.IsRepeat && previous!.HeardOn < plan.ReferralDate ? previous.HeardOn : null);
        referral.Flags = _risk.Flags(score, plan.Victim.Identity.Culture, plan.Victim.Gender);
        return referral;
    }

    /// <summary>A referral in progress, with every DASH answer recorded.</summary>
    public Referral Current(CurrentReferralPlan plan, DateOnly today)
    {
        var likelyRepeat = plan.LikelyRepeatOf is not null;
        var referral = NewReferral(plan.Reference, plan.ReferralDate, plan.Victim, likelyRepeat, plan.Perpetrators, plan.Children, forceVariant: likelyRepeat);
        referral.ReferringAgencies.Add(new ReferralAgency { AgencyId = ids.Agencies[plan.Agency] });
        SetReferrer(referral, plan.CreatedBy);
        referral.Status = plan.Status;
        referral.CreatedByUserId = plan.CreatedBy is { } objectId ? ids.Users[objectId] : null;
        referral.RiskAssessment = Assessment(plan.ReferralDate, plan.Score);
        referral.RiskAssessment.Answers.AddRange(_risk.Answers(plan.Score));
        referral.RiskNarrative = random.Pick(Narratives);
        referral.Flags = _risk.Flags(plan.Score, plan.Victim.Identity!.Culture, plan.Victim.Gender);
        if (plan.Status == ReferralStatus.Returned)
        {
            referral.ReturnReason = $"The DASH score is {plan.Score} and the form gives no professional judgement reasons or "
                + "escalation. Please add your reasons for referring, or call the MARAC coordinator to discuss.";
        }
        else
        {
            _risk.SetCriteria(referral, plan.Score, previousMarac: null);
        }
        SetProgress(referral, today);
        return referral;
    }

    private Referral NewReferral(string reference, DateOnly date, VictimPlan victim, bool referredBefore,
        List<PerpetratorPlan> perpetrators, List<ChildPlan> children, bool forceVariant = false)
    {
        var referral = new Referral
        {
            Reference = reference,
            ReferralDate = date,
            CreatedAt = DemoCalendar.UkToUtc(date, new TimeOnly(random.Between(8, 17), random.Between(0, 59))),
            SubmissionToken = random.NextGuid(),
            Victim = _people.Victim(victim, date, referredBefore, forceVariant),
            Version = random.NextGuid(),
        };
        foreach (var perpetrator in perpetrators)
        {
            referral.Perpetrators.Add(_people.Perpetrator(perpetrator, victim, referredBefore: perpetrator.Identity is not null));
        }
        foreach (var child in children)
        {
            referral.Children.Add(_people.Child(child, victim, perpetrators, date));
        }
        SetConsentAndSafety(referral);
        return referral;
    }

    private RiskAssessment Assessment(DateOnly referralDate, int score) => new()
    {
        RiskInstrumentId = ids.InstrumentId,
        CompletedOn = referralDate.AddDays(-random.Between(0, 3)),
        Score = score,
        Band = DashInstrument.BandFor(score),
    };

    private IEnumerable<ReferralAgency> HistoricAgencies(int year, NameCulture culture)
    {
        if (!_weights.TryGetValue(year, out var weights))
        {
            weights = _weights[year] = DemoAgencies.ReferralWeights(year);
        }
        var first = IdvaFor(random.PickWeighted(weights), culture);
        yield return new ReferralAgency { AgencyId = ids.Agencies[first] };
        if (random.Chance(0.06))
        {
            var second = first;
            while (second == first)
            {
                second = IdvaFor(random.PickWeighted(weights), culture);
            }
            yield return new ReferralAgency { AgencyId = ids.Agencies[second] };
        }
    }

    /// <summary>Panahghar, the BAMER specialist service, takes most South Asian and Middle Eastern victims.</summary>
    private string IdvaFor(string agency, NameCulture culture)
    {
        var specialist = culture == DemoNames.Indian || culture == DemoNames.Pakistani || culture == DemoNames.Bangladeshi
            || culture == DemoNames.Arabic || culture == DemoNames.Afghan || culture == DemoNames.Kurdish;
        return agency == DemoAgencyNames.CoventryHaven && specialist && random.Chance(0.6) ? DemoAgencyNames.Panahghar : agency;
    }

    private void SetReferrer(Referral referral, Guid? createdBy = null)
    {
        var agencyId = referral.ReferringAgencies[0].AgencyId;
        var agency = DemoAgencies.Get(ids.Agencies.Single(a => a.Value == agencyId).Key);
        if (createdBy is { } objectId && DemoPartnership.Users.FirstOrDefault(u => u.ObjectId == objectId) is { } user)
        {
            (referral.ReferrerName, referral.ReferrerEmail) = (user.DisplayName, user.Email);
        }
        else
        {
            var culture = random.Chance(0.7) ? DemoNames.British : random.Pick([DemoNames.Indian, DemoNames.Pakistani, DemoNames.Caribbean, DemoNames.Polish]);
            var name = DemoNames.NewIdentity(culture, random.Chance(0.7) ? Gender.Female : Gender.Male, random);
            referral.ReferrerName = $"{name.GivenName} {name.FamilyName}";
            referral.ReferrerEmail = $"{EmailPart(name.GivenName)}.{EmailPart(name.FamilyName)}@{agency.EmailDomain}";
        }
        referral.ReferrerPhone = DemoAddresses.NewLandline(random);
    }

    private void SetConsentAndSafety(Referral referral)
    {
        referral.VictimAwareOfReferral = random.PickWeighted<YesNoNotKnown>([(YesNoNotKnown.Yes, 75), (YesNoNotKnown.No, 18), (YesNoNotKnown.NotKnown, 7)]);
        referral.ConsentGiven = referral.VictimAwareOfReferral == YesNoNotKnown.Yes
            ? random.PickWeighted<YesNoNotKnown>([(YesNoNotKnown.Yes, 70), (YesNoNotKnown.No, 25), (YesNoNotKnown.NotKnown, 5)])
            : random.Chance(0.5) ? YesNoNotKnown.No : YesNoNotKnown.NotKnown;
        if (referral.ConsentGiven != YesNoNotKnown.Yes)
        {
            referral.ConsentNotGivenReason = random.Pick(ConsentReasons);
            referral.SharingWithoutConsentDecision =
                "Shared without consent: the risk of serious harm makes sharing necessary and proportionate to protect the victim and any children.";
        }
        referral.VictimFears = random.Chance(0.6) ? random.Pick(Fears) : null;
        referral.SafeToTalkTo = random.Chance(0.4) ? "Her sister, on the victim's own mobile." : null;
        referral.NotSafeToTalkTo = random.Chance(0.4) ? "The perpetrator's mother and brother: they pass everything on to him." : null;
    }

    private void SetProgress(Referral referral, DateOnly today)
    {
        if (referral.Status == ReferralStatus.Draft)
        {
            return;
        }
        referral.SubmittedAt = referral.CreatedAt.AddMinutes(random.Between(5, 60));
        if (referral.Status is ReferralStatus.Accepted or ReferralStatus.Returned)
        {
            var decided = referral.SubmittedAt.Value.AddHours(random.Between(1, 5));
            var latest = DemoCalendar.UkToUtc(today, new TimeOnly(0, 0));
            referral.DecidedAt = decided < latest ? decided : referral.SubmittedAt.Value.AddMinutes(30);
            referral.DecidedByUserId = ids.CoordinatorId;
        }
    }

    private static string EmailPart(string name) =>
        new(DemoSpelling.WithoutAccents(name).ToLowerInvariant().Where(char.IsAsciiLetter).ToArray());
}
