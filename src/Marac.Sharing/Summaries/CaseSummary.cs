using Marac.Data.Entities;

namespace Marac.Sharing.Summaries;

/// <summary>
/// Everything a case page can show, before the viewer's grant is applied. Built by AutoMapper from the
/// case's entities (<see cref="CaseSummaryProfile"/>); <see cref="CaseSharing"/> turns it into what one
/// viewer sees.
/// </summary>
public sealed class CaseSummary
{
    public int Id { get; set; }
    public string Reference { get; set; } = "";
    public ReferralStatus Status { get; set; }
    public DateOnly ReferralDate { get; set; }
    public List<string> ReferringAgencies { get; set; } = [];
    public string ReferrerName { get; set; } = "";
    public string? ReferrerPhone { get; set; }
    public string? ReferrerEmail { get; set; }
    public PersonSummary Victim { get; set; } = new();
    public List<PerpetratorSummary> Perpetrators { get; set; } = [];
    public List<ChildSummary> Children { get; set; } = [];
    public int? ImportedChildrenCount { get; set; }
    public RiskBand? RiskBand { get; set; }
    public int? RiskScore { get; set; }
    public List<RiskAnswerSummary> RiskAnswers { get; set; } = [];
    public string? RiskNarrative { get; set; }
    public string? VictimFears { get; set; }
    public bool ProfessionalJudgement { get; set; }
    public string? ProfessionalJudgementReasons { get; set; }
    public bool PotentialEscalation { get; set; }
    public int? IncidentsInLast12Months { get; set; }
    public CaseFlags Flags { get; set; }
    public YesNoNotKnown VictimAwareOfReferral { get; set; }
    public YesNoNotKnown ConsentGiven { get; set; }
    public string? ConsentNotGivenReason { get; set; }
    public string? SharingWithoutConsentDecision { get; set; }
    public string? SafeToTalkTo { get; set; }
    public string? NotSafeToTalkTo { get; set; }
    public DateOnly? PreviousMaracDate { get; set; }
    public string? PreviousOtherMarac { get; set; }
    /// <summary>Filled from the meeting records, not the referral.</summary>
    public List<ResearchSummary> Research { get; set; } = [];
    public List<HearingSummary> Hearings { get; set; } = [];
    public List<ActionSummary> Actions { get; set; } = [];
}

public sealed class PersonSummary
{
    public string GivenName { get; set; } = "";
    public string FamilyName { get; set; } = "";
    public List<string> Aliases { get; set; } = [];
    public DateOnly? DateOfBirth { get; set; }
    public Gender Gender { get; set; }
    public string? PreferredLanguage { get; set; }
    public bool InterpreterNeeded { get; set; }
    public string? ImmigrationStatus { get; set; }
    public bool NoRecourseToPublicFunds { get; set; }
    public Ethnicity Ethnicity { get; set; }
    public YesNoNotKnown Disabled { get; set; }
    public YesNoNotKnown Lgbt { get; set; }
    public YesNoNotKnown Pregnant { get; set; }
    public string? Address { get; set; }
    public string? Postcode { get; set; }
    public string? Phone { get; set; }
    public YesNoNotKnown SafeToCall { get; set; }
    public string? SafeTimesToCall { get; set; }
}

public sealed class PerpetratorSummary
{
    public PersonSummary Person { get; set; } = new();
    public string? RelationshipToVictim { get; set; }
}

public sealed class ChildSummary
{
    public PersonSummary Person { get; set; } = new();
    public string? RelationshipToVictim { get; set; }
    public string? RelationshipToPerpetrator { get; set; }
    public string? School { get; set; }
}

public sealed class RiskAnswerSummary
{
    public int QuestionNumber { get; set; }
    public YesNoNotKnown Answer { get; set; }
    public string? Comment { get; set; }
}

/// <summary>One agency's research return on the case, with the agency that made it.</summary>
public sealed class ResearchSummary
{
    public int AgencyId { get; set; }
    public string AgencyName { get; set; } = "";
    public DateOnly MeetingDate { get; set; }
    public ResearchAnswer Answer { get; set; }
    public string? SharedFacts { get; set; }
    public string? SharedOpinion { get; set; }
    public string? NotSharedNote { get; set; }
}

/// <summary>What a meeting heard and concluded about the case.</summary>
public sealed class HearingSummary
{
    public DateOnly MeetingDate { get; set; }
    public AgendaItemStatus Status { get; set; }
    public string? StatusReason { get; set; }
    public string? InformationSummary { get; set; }
    public string? RiskSummary { get; set; }
}

public sealed class ActionSummary
{
    public DateOnly MeetingDate { get; set; }
    public string OwnerAgency { get; set; } = "";
    public string Description { get; set; } = "";
    public DateOnly DueDate { get; set; }
    public MeetingActionStatus Status { get; set; }
    /// <summary>What changed, or why it was not done, as the owning agency recorded it.</summary>
    public string? StatusNote { get; set; }
    public string? LinkedRisk { get; set; }
    /// <summary>True for an action plan of an earlier referral of the same victim (a repeat).</summary>
    public bool FromEarlierReferral { get; set; }
}
