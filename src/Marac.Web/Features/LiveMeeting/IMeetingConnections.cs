namespace Marac.Web.Features.LiveMeeting;

/// <summary>
/// Closes live-meeting connections at once, for code that takes access away: revoking a grant, recording an
/// exclusion, ending a user's sessions. A closed browser reconnects and rejoins through every check again,
/// so a user who may still attend is back within seconds and one who may not is refused.
/// With <c>SignalR:Redis</c> set, the request reaches every instance.
/// </summary>
public interface IMeetingConnections
{
    /// <summary>Closes every live-meeting connection of this member of staff; returns how many this instance closed.</summary>
    Task<int> DisconnectUserAsync(int staffUserId);

    /// <summary>Closes every live-meeting connection of this agency's staff; returns how many this instance closed.</summary>
    Task<int> DisconnectAgencyAsync(int agencyId);
}
