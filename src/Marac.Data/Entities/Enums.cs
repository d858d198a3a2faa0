using System.ComponentModel.DataAnnotations;

namespace Marac.Data.Entities;

public enum YesNoNotKnown { [Display(Name = "Not known")] NotKnown = 0, Yes = 1, No = 2 }

public enum Gender { [Display(Name = "Not known")] NotKnown = 0, Female = 1, Male = 2, [Display(Name = "Non-binary")] NonBinary = 3, Other = 4 }

/// <summary>The SafeLives referral-source categories.</summary>
public enum ReferralSource
{
    Police = 1,
    [Display(Name = "IDVA")] Idva = 2,
    [Display(Name = "Children's social care")] ChildrensSocialCare = 3,
    AdultSocialCare = 4,
    PrimaryCare = 5,
    [Display(Name = "Secondary care / acute trust")] SecondaryCare = 6,
    MentalHealth = 7,
    SubstanceMisuse = 8,
    Probation = 9,
    VoluntarySector = 10,
    [Display(Name = "MASH")] Mash = 11,
    Education = 12,
    Housing = 13,
    Other = 14,
}

[Flags]
public enum AppRoles
{
    None = 0,
    Coordinator = 1,
    Chair = 2,
    AgencyRepresentative = 4,
    Referrer = 8,
    PartnershipLead = 16,
    Administrator = 32,
}

public enum StaffUserStatus { WaitingForAccess = 0, Active = 1, Left = 2 }

public enum ReferralStatus { Draft = 0, Submitted = 1, Accepted = 2, Returned = 3, Withdrawn = 4, Heard = 5, Merged = 6 }

public enum RiskBand { Standard = 0, Medium = 1, High = 2 }

public enum MeetingStatus { Scheduled = 0, Published = 1, InProgress = 2, Concluded = 3, Cancelled = 4 }

/// <summary>
/// What became of a case on an agenda. A case is heard once, at the meeting that first heard it (the statistics
/// count it there); listed again to review its incomplete actions, or for information a year on, and discussed,
/// it is <see cref="Reviewed"/>.
/// </summary>
public enum AgendaItemStatus { Listed = 0, Heard = 1, Deferred = 2, Reviewed = 3 }

public enum InvitationReason { CoreMember = 1, ChosenByCoordinator = 2, ReferringAgency = 3 }

public enum AgendaChangeKind { Added = 1, Removed = 2, Deferred = 3, Reordered = 4, ProposalCreated = 5, DeferredFromEarlierMeeting = 6 }

public enum ResearchAnswer { [Display(Name = "Holds information")] HoldsInformation = 1, [Display(Name = "Nothing held")] NothingHeld = 2 }

public enum AgendaSection { IncompleteActions = 1, CasesWithChildren = 2, AdultOnlyCases = 3, TwelveMonthsSinceLastMarac = 4 }

[Flags]
public enum CaseFlags
{
    None = 0,
    [Display(Name = "Honour-based abuse")] HonourBasedAbuse = 1,
    ForcedMarriage = 2,
    [Display(Name = "Female genital mutilation (FGM)")] FemaleGenitalMutilation = 4,
    Stalking = 8,
    [Display(Name = "Non-fatal strangulation")] NonFatalStrangulation = 16,
    ThreatsToKill = 32,
    Pets = 64,
    [Display(Name = "Complex needs: mental health")] ComplexNeedsMentalHealth = 128,
    [Display(Name = "Complex needs: substance use")] ComplexNeedsSubstanceUse = 256,
    [Display(Name = "Victim works for a partner agency")] VictimEmployedByPartnerAgency = 512,
    [Display(Name = "Perpetrator works for a partner agency")] PerpetratorEmployedByPartnerAgency = 1024,
}

public enum MatchDecisionOutcome { Confirmed = 1, Rejected = 2, Undone = 3 }

public enum AuditAction { SignIn = 1, SignOut = 2, View = 3, Export = 4, Create = 5, Change = 6, Delete = 7, Refused = 8, Grant = 9, Search = 10, Failed = 11 }
