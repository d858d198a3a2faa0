using Marac.Data.Entities;
using Marac.Sharing.Summaries;

namespace Marac.Web.Features.Minutes;

/// <summary>Someone at the meeting (UK local times).</summary>
public sealed record MinutesAttendee(string Name, string Agency, bool IsObserver, DateTime? SignedAt, DateTime JoinedAt, DateTime? LeftAt);

/// <summary>An agency that sent apologies, and whether it sent its information anyway.</summary>
public sealed record MinutesApology(string Agency, bool InformationSent);

/// <summary>One action as the reader may see it: the free text as their grant allows.</summary>
public sealed record MinutesAction(string Agency, SharedValue Description, DateOnly DueDate, SharedValue LinkedRisk,
    MeetingActionStatus Status, SharedValue? StatusNote);

/// <summary>A case's actions from earlier meetings that were reviewed at this one.</summary>
public sealed record ReviewedCase(int ReferralId, string Reference, IReadOnlyList<MinutesAction> Actions);

/// <summary>One case as heard (or deferred) at the meeting, as the reader may see it.</summary>
public sealed record MinutesCase(int ReferralId, string Reference, AgendaSection Section, AgendaItemStatus Status,
    SharedValue? DeferredReason, SharedValue InformationSummary, SharedValue RiskSummary, IReadOnlyList<MinutesAction> ActionPlan);

/// <summary>
/// A meeting's minutes as one reader may see them: the version they may read (null before a draft exists)
/// and, for a version, the content drawn from the meeting's records.
/// </summary>
public sealed record MinutesView(
    Meeting Meeting,
    MeetingMinutes? Minutes,
    IReadOnlyList<MeetingMinutes> Versions,
    IReadOnlyList<MinutesAttendee> Attendees,
    IReadOnlyList<MinutesApology> Apologies,
    IReadOnlyList<ReviewedCase> Reviewed,
    IReadOnlyList<MinutesCase> Cases)
{
    public static MinutesView Empty(Meeting meeting, IReadOnlyList<MeetingMinutes> versions) => new(meeting, null, versions, [], [], [], []);
}
