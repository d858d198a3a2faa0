namespace Marac.Data.Entities;

public class Referral
{
    public int Id { get; set; }
    public required string Reference { get; set; }
    public ReferralStatus Status { get; set; }
    public DateOnly ReferralDate { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public int? CreatedByUserId { get; set; }
    public StaffUser? CreatedByUser { get; set; }
    /// <summary>One per rendered form, so a double-clicked submit creates one referral.</summary>
    public Guid SubmissionToken { get; set; }

    public string ReferrerName { get; set; } = "";
    public string? ReferrerPhone { get; set; }
    public string? ReferrerEmail { get; set; }
    public List<ReferralAgency> ReferringAgencies { get; set; } = [];

    public int VictimId { get; set; }
    public Person Victim { get; set; } = null!;
    public List<ReferralPerpetrator> Perpetrators { get; set; } = [];
    public List<ReferralChild> Children { get; set; } = [];
    /// <summary>Children count given by an imported row, where no child is recorded individually.</summary>
    public int? ImportedChildrenCount { get; set; }

    public bool ProfessionalJudgement { get; set; }
    public string? ProfessionalJudgementReasons { get; set; }
    public bool PotentialEscalation { get; set; }
    public int? IncidentsInLast12Months { get; set; }
    public bool RepeatDeclared { get; set; }
    public DateOnly? PreviousMaracDate { get; set; }
    public RiskAssessment? RiskAssessment { get; set; }
    public string? RiskNarrative { get; set; }

    public YesNoNotKnown VictimAwareOfReferral { get; set; }
    public YesNoNotKnown ConsentGiven { get; set; }
    public string? ConsentNotGivenReason { get; set; }
    public string? SharingWithoutConsentDecision { get; set; }
    public string? VictimFears { get; set; }
    public string? SafeToTalkTo { get; set; }
    public string? NotSafeToTalkTo { get; set; }
    public string? PreviousOtherMarac { get; set; }
    public CaseFlags Flags { get; set; }

    public DateTime? DecidedAt { get; set; }
    public int? DecidedByUserId { get; set; }
    public string? ReturnReason { get; set; }
    /// <summary>Coordinator's override of the computed repeat status, with the reason kept.</summary>
    public bool? RepeatOverride { get; set; }
    public string? RepeatOverrideReason { get; set; }
    public int? MergedIntoReferralId { get; set; }
    public bool IsImported { get; set; }
    /// <summary>A legal hold (for example a domestic homicide review) stops anonymisation.</summary>
    public string? LegalHoldReason { get; set; }
    public DateTime? LegalHoldSetAt { get; set; }
    public int? LegalHoldSetByUserId { get; set; }
    /// <summary>When retention anonymised the case, keeping only what statistics need.</summary>
    public DateTime? AnonymisedAt { get; set; }
    public List<AgendaItem> AgendaItems { get; set; } = [];
    /// <summary>The referral as its referrer last submitted it (JSON): what the referring person sees, never the live record.</summary>
    public string? SubmittedSnapshot { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

public class ReferralAgency
{
    public int ReferralId { get; set; }
    public int AgencyId { get; set; }
    public Agency Agency { get; set; } = null!;
    /// <summary>Set when the agency joined by merging another referral in, so the merge can be undone.</summary>
    public int? MergedFromReferralId { get; set; }
    /// <summary>
    /// Named by the referrer as a joint referrer and not yet confirmed by a coordinator: a proposed agency is not
    /// invited to the meeting and sees nothing of the case.
    /// </summary>
    public bool IsProposed { get; set; }

    public void Confirm() => IsProposed = false;
}

public class ReferralPerpetrator
{
    public int Id { get; set; }
    public int ReferralId { get; set; }
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    public string? RelationshipToVictim { get; set; }
}

public class ReferralChild
{
    public int Id { get; set; }
    public int ReferralId { get; set; }
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    public string? RelationshipToVictim { get; set; }
    public string? RelationshipToPerpetrator { get; set; }
    public string? School { get; set; }
}

/// <summary>A coordinator's decision on a likely match between two referrals' victims.</summary>
public class MatchDecision
{
    public int Id { get; set; }
    public int ReferralId { get; set; }
    public int MatchedReferralId { get; set; }
    public MatchDecisionOutcome Outcome { get; set; }
    public required string Reason { get; set; }
    /// <summary>The victim's subject id before the link, so confirming can be undone.</summary>
    public Guid PreviousSubjectId { get; set; }
    /// <summary>Perpetrators linked with the victim, as "personId=previousSubjectId;…", so the link can be undone.</summary>
    public string? PerpetratorLinks { get; set; }
    public int DecidedByUserId { get; set; }
    public DateTime DecidedAt { get; set; }
}
