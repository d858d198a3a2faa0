namespace Marac.Web.Features.LiveMeeting;

/// <summary>What the meeting hub calls on a browser (live-meeting.js) or any other client.</summary>
public interface IMeetingClient
{
    /// <summary>The chair moved the meeting to another case. <paramref name="current"/> is null when the case is not shared with the receiver; <paramref name="notice"/> says why.</summary>
    Task CaseChanged(CaseView? current, string? notice);

    /// <summary>A case's risk summary or status (heard, deferred) changed.</summary>
    Task CaseUpdated(CaseView item);

    /// <summary>An action was recorded, proposed, accepted, declined or edited.</summary>
    Task ActionChanged(ActionView action);

    /// <summary>The chair or coordinator concluded the meeting: nothing more can be done in it.</summary>
    Task MeetingConcluded(string message);
}
