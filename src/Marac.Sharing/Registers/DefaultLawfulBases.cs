using Marac.Data.Entities;

namespace Marac.Sharing.Registers;

/// <summary>The lawful bases MARAC partners usually rely on (marac-process.md, "Information governance").</summary>
public static class DefaultLawfulBases
{
    public const string PublicTaskSafeguarding = "Public task: safeguarding individuals at risk";
    public const string PublicTaskCrime = "Public task: preventing or detecting unlawful acts";
    public const string LawEnforcement = "Law enforcement processing (police)";
    public const string SafeguardingCondition = "Recognised legitimate interest: safeguarding condition";

    public static IReadOnlyList<LawfulBasis> Create() =>
    [
        new()
        {
            Name = PublicTaskSafeguarding, Kind = LawfulBasisKind.UkGdpr, Article6Basis = "Article 6(1)(e) public task",
            Article9Condition = "Article 9(2)(g) substantial public interest",
            Schedule1Condition = "Schedule 1 Part 2 paragraph 18: safeguarding of children and individuals at risk",
        },
        new()
        {
            Name = PublicTaskCrime, Kind = LawfulBasisKind.UkGdpr, Article6Basis = "Article 6(1)(e) public task",
            Article9Condition = "Article 9(2)(g) substantial public interest",
            Schedule1Condition = "Schedule 1 Part 2 paragraph 10: preventing or detecting unlawful acts",
            Notes = "Criminal offence data under Article 10.",
        },
        new()
        {
            Name = LawEnforcement, Kind = LawfulBasisKind.LawEnforcement,
            Notes = "DPA 2018 Part 3: the prevention, investigation and detection of criminal offences.",
        },
        new()
        {
            Name = SafeguardingCondition, Kind = LawfulBasisKind.RecognisedLegitimateInterest,
            Article6Basis = "Article 6(1)(ea) recognised legitimate interest (Data (Use and Access) Act 2025)",
            Notes = "For voluntary-sector partners.",
        },
    ];

    /// <summary>The basis an agency of this kind usually relies on.</summary>
    public static string For(ReferralSource kind) => kind switch
    {
        ReferralSource.Police => LawEnforcement,
        ReferralSource.VoluntarySector or ReferralSource.Idva => SafeguardingCondition,
        ReferralSource.Probation => PublicTaskCrime,
        _ => PublicTaskSafeguarding,
    };
}
