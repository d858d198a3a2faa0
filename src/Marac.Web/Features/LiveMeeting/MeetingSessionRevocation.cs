using Marac.Web.Infrastructure.Auth;

namespace Marac.Web.Features.LiveMeeting;

/// <summary>Signing out (or an administrator ending someone's sessions) closes their live-meeting connections at once.</summary>
public sealed class MeetingSessionRevocation(IMeetingConnections connections) : ISessionRevocationListener
{
    public Task SessionsRevokedAsync(int staffUserId) => connections.DisconnectUserAsync(staffUserId);
}
