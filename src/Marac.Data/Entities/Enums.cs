namespace Marac.Data.Entities;

public enum YesNoNotKnown { NotKnown = 0, Yes = 1, No = 2 }

public enum Gender { NotKnown = 0, Female = 1, Male = 2, NonBinary = 3, Other = 4 }

/// <summary>The SafeLives referral-source categories.</summary>
public enum ReferralSource
{
    Police = 1,
    Idva = 2,
    ChildrensSocialCare = 3,
    AdultSocialCare = 4,
    PrimaryCare = 5,
    SecondaryCare = 6,
    MentalHealth = 7,
    SubstanceMisuse = 8,
    Probation = 9,
    VoluntarySector = 10,
    Mash = 11,
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

public enum AgendaItemStatus { Listed = 0, Heard = 1, Deferred = 2 }

public enum AgendaSection { IncompleteActions = 1, CasesWithChildren = 2, AdultOnlyCases = 3, TwelveMonthsSinceLastMarac = 4 }

[Flags]
public enum CaseFlags
{
    None = 0,
    HonourBasedAbuse = 1,
    ForcedMarriage = 2,
    FemaleGenitalMutilation = 4,
    Stalking = 8,
    NonFatalStrangulation = 16,
    ThreatsToKill = 32,
    Pets = 64,
    ComplexNeedsMentalHealth = 128,
    ComplexNeedsSubstanceUse = 256,
    VictimEmployedByPartnerAgency = 512,
    PerpetratorEmployedByPartnerAgency = 1024,
}

public enum MatchDecisionOutcome { Confirmed = 1, Rejected = 2, Undone = 3 }

public enum AuditAction { SignIn = 1, SignOut = 2, View = 3, Export = 4, Create = 5, Change = 6, Delete = 7, Refused = 8, Grant = 9, Search = 10 }
