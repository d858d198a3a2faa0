using Marac.Data.Entities;
using Marac.Data.Reference;

namespace Marac.Data.Demo;

/// <summary>Risk scores, the criteria a referral meets and the flags that go with them.</summary>
internal sealed class DemoRisk(DemoRandom random)
{
    private static readonly string[] JudgementReasons =
    [
        "Recent escalation: he has found out where she now lives and has been seen outside the house.",
        "Victim minimises the abuse; the officer at the scene saw injuries and a frightened child.",
        "Perpetrator released from custody this week with no bail conditions; previous serious violence.",
        "Victim has very limited English and depends on the perpetrator's family; isolation is severe.",
        "Threats to take the children abroad; family pressure to withdraw the complaint.",
    ];

    private static readonly Dictionary<int, string> AnswerComments = new()
    {
        [1] = "Bruising to face and arms; seen at the Emergency Department.",
        [2] = "Says she is terrified he will come back tonight.",
        [3] = "Afraid he will kill her if he finds her new address.",
        [8] = "Dozens of calls and messages a day since she left.",
        [13] = "Threatened her with a kitchen knife.",
        [14] = "Told her that if he cannot have her, no one will.",
        [15] = "Put his hands round her neck until she nearly passed out.",
        [21] = "Drinks heavily most days.",
        [24] = "Previous convictions for assault on a former partner.",
    };

    /// <summary>A heard case's score: most are visible high risk; repeats and judgement cases may score lower.</summary>
    public int HistoricScore(bool isRepeat)
    {
        if (isRepeat && random.Chance(0.35))
        {
            return random.Between(5, 16);
        }
        var roll = random.NextDouble();
        return roll < 0.80 ? HighScore() : roll < 0.94 ? random.Between(10, 13) : random.Between(6, 9);
    }

    private int HighScore() => random.Chance(0.7) ? random.Between(14, 17) : random.Between(18, 22);

    /// <summary>Sets the criteria so that every referral meets at least one: score, repeat, judgement or escalation.</summary>
    public void SetCriteria(Referral referral, int score, DateOnly? previousMarac)
    {
        var high = score >= DashInstrument.HighRiskThreshold;
        referral.RepeatDeclared = previousMarac is not null && (!high || random.Chance(0.6));
        referral.PreviousMaracDate = referral.RepeatDeclared ? previousMarac : null;
        referral.IncidentsInLast12Months = random.Chance(0.7) ? random.Between(0, 2) : null;
        if (high || referral.RepeatDeclared)
        {
            return;
        }
        if (random.Chance(0.65))
        {
            referral.ProfessionalJudgement = true;
            referral.ProfessionalJudgementReasons = random.Pick(JudgementReasons);
        }
        else
        {
            referral.PotentialEscalation = true;
            referral.IncidentsInLast12Months = random.Between(3, 7);
        }
    }

    public CaseFlags Flags(int score, NameCulture culture, Gender victimGender)
    {
        var flags = CaseFlags.None;
        var high = score >= DashInstrument.HighRiskThreshold;
        flags |= Maybe(high ? 0.35 : 0.1, CaseFlags.ThreatsToKill);
        flags |= Maybe(high ? 0.3 : 0.08, CaseFlags.NonFatalStrangulation);
        flags |= Maybe(high ? 0.2 : 0.1, CaseFlags.Stalking);
        if (culture == DemoNames.Pakistani || culture == DemoNames.Bangladeshi || culture == DemoNames.Indian
            || culture == DemoNames.Arabic || culture == DemoNames.Kurdish || culture == DemoNames.Afghan)
        {
            flags |= Maybe(0.12, CaseFlags.HonourBasedAbuse);
            flags |= Maybe(0.03, CaseFlags.ForcedMarriage);
        }
        if (culture == DemoNames.Somali && victimGender == Gender.Female)
        {
            flags |= Maybe(0.03, CaseFlags.FemaleGenitalMutilation);
        }
        flags |= Maybe(0.05, CaseFlags.Pets);
        flags |= Maybe(0.15, CaseFlags.ComplexNeedsMentalHealth);
        flags |= Maybe(0.15, CaseFlags.ComplexNeedsSubstanceUse);
        flags |= Maybe(0.005, CaseFlags.VictimEmployedByPartnerAgency);
        flags |= Maybe(0.005, CaseFlags.PerpetratorEmployedByPartnerAgency);
        return flags;
    }

    /// <summary>All 24 answers, with exactly <paramref name="score"/> of them "yes".</summary>
    public List<RiskAnswer> Answers(int score)
    {
        var numbers = Enumerable.Range(1, DashInstrument.Questions.Count).ToList();
        random.Shuffle(numbers);
        var yes = numbers.Take(score).ToHashSet();
        return Enumerable.Range(1, DashInstrument.Questions.Count)
            .Select(n => yes.Contains(n)
                ? new RiskAnswer { QuestionNumber = n, Answer = YesNoNotKnown.Yes, Comment = YesComment(n) }
                : new RiskAnswer { QuestionNumber = n, Answer = random.Chance(0.85) ? YesNoNotKnown.No : YesNoNotKnown.NotKnown })
            .ToList();
    }

    private string? YesComment(int number) =>
        AnswerComments.TryGetValue(number, out var comment) && random.Chance(0.8) ? comment
        : random.Chance(0.3) ? "Disclosed to the referrer." : null;

    private CaseFlags Maybe(double chance, CaseFlags flag) => random.Chance(chance) ? flag : CaseFlags.None;
}
