using Marac.Data.Entities;

namespace Marac.Data.Reference;

/// <summary>
/// The default risk instrument: the SafeLives DASH risk checklist in short paraphrases (the official
/// wording is copyrighted; a partnership can load its licensed wording as a new version).
/// </summary>
public static class DashInstrument
{
    public const string Code = "DASH";
    public const string Version = "2009-paraphrase-1";
    public const string Name = "SafeLives DASH risk checklist (paraphrased)";
    public const int HighRiskThreshold = 14;
    public const int MediumRiskThreshold = 10;

    /// <summary>The 24 questions, in checklist order (question 1 first).</summary>
    public static IReadOnlyList<string> Questions { get; } =
    [
        "Has the current incident resulted in injury?",
        "Is the victim very frightened?",
        "Is the victim afraid of what the abuser might do next, such as further injury or violence?",
        "Does the victim feel isolated from family or friends?",
        "Is the victim feeling depressed or having suicidal thoughts?",
        "Has the victim separated from the abuser, or tried to, within the past year?",
        "Is there conflict over contact with the children?",
        "Does the abuser constantly text, call, contact, follow or stalk the victim?",
        "Is the victim pregnant, or have they had a baby in the last 18 months?",
        "Is the abuse happening more often?",
        "Is the abuse getting worse?",
        "Does the abuser try to control everything the victim does, or are they excessively jealous?",
        "Has the abuser ever used weapons or objects to hurt the victim?",
        "Has the abuser ever threatened to kill the victim or someone else?",
        "Has the abuser ever attempted to strangle, choke, suffocate or drown the victim?",
        "Has the abuser sexually abused the victim?",
        "Is there another person who has threatened the victim, or whom the victim is afraid of?",
        "Has the abuser hurt anyone else, such as children, relatives, strangers or previous partners?",
        "Has the abuser ever mistreated an animal or the family pet?",
        "Are there financial issues, such as the victim depending on the abuser for money?",
        "Has the abuser had problems with drugs, alcohol or mental health in the past year?",
        "Has the abuser ever threatened or attempted suicide?",
        "Has the abuser broken bail, an injunction or an agreement about contact with the children?",
        "Does the abuser have a criminal history, or have they been in trouble with the police?",
    ];

    /// <summary>A new, untracked instrument entity with its questions.</summary>
    public static RiskInstrument Create(bool isCurrent = true) => new()
    {
        Code = Code,
        Version = Version,
        Name = Name,
        HighRiskThreshold = HighRiskThreshold,
        MediumRiskThreshold = MediumRiskThreshold,
        IsCurrent = isCurrent,
        Questions = Questions.Select((text, i) => new RiskQuestion { Number = i + 1, Text = text }).ToList(),
    };

    /// <summary>The band for a number of "yes" answers under the default thresholds.</summary>
    public static RiskBand BandFor(int yesCount) =>
        yesCount >= HighRiskThreshold ? RiskBand.High
        : yesCount >= MediumRiskThreshold ? RiskBand.Medium
        : RiskBand.Standard;
}
