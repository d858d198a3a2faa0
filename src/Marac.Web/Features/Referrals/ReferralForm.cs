using System.ComponentModel.DataAnnotations;
using Marac.Data.Configurations;
using Marac.Data.Entities;

using Marac.Web.Infrastructure.GovUk;

namespace Marac.Web.Features.Referrals;

/// <summary>What the referral form posts. Everything typed is kept when the page is shown again.</summary>
public sealed class ReferralForm
{
    public Guid SubmissionToken { get; set; }
    public Guid? Version { get; set; }

    public List<int> ReferringAgencyIds { get; set; } = [];

    [StringLength(FieldLengths.Name, ErrorMessage = "Your name must be 100 characters or fewer")]
    [SingleLine]
    public string? ReferrerName { get; set; }

    [StringLength(FieldLengths.Phone, ErrorMessage = "Your phone number must be 30 characters or fewer")]
    public string? ReferrerPhone { get; set; }

    [StringLength(FieldLengths.Contact, ErrorMessage = "Your email address must be 320 characters or fewer")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.org")]
    public string? ReferrerEmail { get; set; }

    public DateOnly? ReferralDate { get; set; }

    public VictimInput Victim { get; set; } = new();
    public List<PerpetratorInput> Perpetrators { get; set; } = [];
    public List<ChildInput> Children { get; set; } = [];

    public bool ProfessionalJudgement { get; set; }

    [StringLength(FieldLengths.Narrative, ErrorMessage = "Reasons must be 4000 characters or fewer")]
    public string? ProfessionalJudgementReasons { get; set; }

    public bool PotentialEscalation { get; set; }

    [Range(0, 999, ErrorMessage = "Number of incidents must be between 0 and 999")]
    public int? IncidentsInLast12Months { get; set; }

    public bool RepeatDeclared { get; set; }
    public DateOnly? PreviousMaracDate { get; set; }

    public List<RiskAnswerInput> RiskAnswers { get; set; } = [];

    [StringLength(FieldLengths.Narrative, ErrorMessage = "The risk summary must be 4000 characters or fewer")]
    public string? RiskNarrative { get; set; }

    public YesNoNotKnown? VictimAwareOfReferral { get; set; }
    public YesNoNotKnown? ConsentGiven { get; set; }

    [StringLength(FieldLengths.Narrative, ErrorMessage = "The reason must be 4000 characters or fewer")]
    public string? ConsentNotGivenReason { get; set; }

    [StringLength(FieldLengths.Narrative, ErrorMessage = "The decision must be 4000 characters or fewer")]
    public string? SharingWithoutConsentDecision { get; set; }

    [StringLength(FieldLengths.Narrative, ErrorMessage = "This must be 4000 characters or fewer")]
    public string? VictimFears { get; set; }

    [StringLength(FieldLengths.Narrative, ErrorMessage = "This must be 4000 characters or fewer")]
    public string? SafeToTalkTo { get; set; }

    [StringLength(FieldLengths.Narrative, ErrorMessage = "This must be 4000 characters or fewer")]
    public string? NotSafeToTalkTo { get; set; }

    [StringLength(FieldLengths.Narrative, ErrorMessage = "This must be 4000 characters or fewer")]
    public string? PreviousOtherMarac { get; set; }

    public List<CaseFlags> Flags { get; set; } = [];

    public int YesCount => RiskAnswers.Count(a => a.Answer == YesNoNotKnown.Yes);
}

public class PersonInput
{
    [StringLength(FieldLengths.Name, ErrorMessage = "First names must be 100 characters or fewer")]
    [SingleLine]
    public string? GivenName { get; set; }

    [StringLength(FieldLengths.Name, ErrorMessage = "Last name must be 100 characters or fewer")]
    [SingleLine]
    public string? FamilyName { get; set; }

    public DateOnly? DateOfBirth { get; set; }
    public Gender? Gender { get; set; }

    [StringLength(FieldLengths.Address, ErrorMessage = "Address must be 500 characters or fewer")]
    public string? Address { get; set; }

    [StringLength(FieldLengths.Postcode, ErrorMessage = "Postcode must be 10 characters or fewer")]
    public string? Postcode { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(GivenName) && string.IsNullOrWhiteSpace(FamilyName) && DateOfBirth is null;
}

public sealed class VictimInput : PersonInput
{
    [StringLength(FieldLengths.Address, ErrorMessage = "Other names must be 500 characters or fewer")]
    public string? Aliases { get; set; }

    public Ethnicity Ethnicity { get; set; }
    public YesNoNotKnown? Disabled { get; set; }
    public YesNoNotKnown? Lgbt { get; set; }

    [StringLength(FieldLengths.Name, ErrorMessage = "Language must be 100 characters or fewer")]
    public string? PreferredLanguage { get; set; }

    public bool InterpreterNeeded { get; set; }
    public YesNoNotKnown? Pregnant { get; set; }

    [StringLength(FieldLengths.Short, ErrorMessage = "Immigration status must be 200 characters or fewer")]
    public string? ImmigrationStatus { get; set; }

    public bool NoRecourseToPublicFunds { get; set; }

    [StringLength(FieldLengths.Phone, ErrorMessage = "Phone number must be 30 characters or fewer")]
    public string? Phone { get; set; }

    public YesNoNotKnown? SafeToCall { get; set; }

    [StringLength(FieldLengths.Short, ErrorMessage = "Safe times to call must be 200 characters or fewer")]
    public string? SafeTimesToCall { get; set; }
}

public sealed class PerpetratorInput : PersonInput
{
    [StringLength(FieldLengths.Short, ErrorMessage = "Relationship must be 200 characters or fewer")]
    public string? RelationshipToVictim { get; set; }
}

public sealed class ChildInput : PersonInput
{
    [StringLength(FieldLengths.Short, ErrorMessage = "Relationship must be 200 characters or fewer")]
    public string? RelationshipToVictim { get; set; }

    [StringLength(FieldLengths.Short, ErrorMessage = "Relationship must be 200 characters or fewer")]
    public string? RelationshipToPerpetrator { get; set; }

    [StringLength(FieldLengths.Short, ErrorMessage = "School must be 200 characters or fewer")]
    public string? School { get; set; }
}

public sealed class RiskAnswerInput
{
    public int QuestionNumber { get; set; }
    public YesNoNotKnown? Answer { get; set; }

    [StringLength(FieldLengths.Narrative, ErrorMessage = "Comment must be 4000 characters or fewer")]
    public string? Comment { get; set; }
}
