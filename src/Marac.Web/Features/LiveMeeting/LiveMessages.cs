namespace Marac.Web.Features.LiveMeeting;

/// <summary>The plain-English messages the live meeting gives. None names a person or a case.</summary>
public static class LiveMessages
{
    public const string NotSignedIn = "You are not signed in. Sign in again to rejoin the meeting.";
    public const string NotInMeeting = "You have not joined this meeting. Reload the meeting page to join it.";
    public const string NotAttendee = "You are not an attendee of this meeting.";
    public const string NotSigned = "Agree to the confidentiality statement for this meeting before you join it.";
    public const string NotOpen = "This meeting is not in progress.";
    public const string LeadsOnly = "Only the chair or the coordinator can do this.";
    public const string CaseRefused = "Your agency may not see this case.";
    public const string NoSuchCase = "That case is not on this meeting's agenda.";
    public const string NoSuchAction = "That action is not part of this meeting.";
    public const string OwnAgencyOnly = "You can propose actions only for your own agency.";
    public const string ObserverReadOnly = "Observers cannot propose actions.";
    public const string ChildrenSectionEnded =
        "The cases with children have finished. Your agency's part of this meeting is over and you may leave.";
    public const string Conflict =
        "Someone else changed this action while you were editing it. Your change has not been saved. The current version is shown: check it, then make your change again if it is still needed.";
    public const string OwnerRequired = "Select the agency that will do this action. Actions are for agencies, never for the victim";
    public const string OwnerUnknown = "Select an agency from the list";
    public const string DescriptionRequired = "Enter what the agency will do";
    public const string DescriptionTooLong = "The action must be 2000 characters or fewer";
    public const string DueRequired = "Enter the date the action is due";
    public const string DueInvalid = "The due date must be a real date, for example 27 3 2026";
    public const string DueInPast = "The due date must be today or in the future";
    public const string LinkedRiskTooLong = "The linked risk must be 200 characters or fewer";
    public const string RiskSummaryTooLong = "The risk summary must be 4000 characters or fewer";
    public const string DeferReasonRequired = "Enter why the case is deferred";
    public const string DeferReasonTooLong = "The reason must be 4000 characters or fewer";
    public const string IdReused = "This action could not be saved. Reload the page and try again.";
    public const string NotReached = "Not reached before the meeting ended";
    public const string DeferredToNextAgenda = "Case deferred. No later meeting is scheduled yet, so it waits for the next agenda.";
    public const string MeetingEnded = "The meeting has ended. The minutes will be issued by the coordinator.";
}
