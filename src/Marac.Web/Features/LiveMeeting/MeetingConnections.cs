using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Marac.Web.Features.LiveMeeting;

/// <summary>One connection to the meeting hub on this instance, and the meetings (and content group in each) it joined.</summary>
public sealed class LiveConnection(HubCallerContext context, int userId, DateTimeOffset? sessionIssuedUtc)
{
    public HubCallerContext Context { get; } = context;
    public int UserId { get; } = userId;
    public DateTimeOffset? SessionIssuedUtc { get; } = sessionIssuedUtc;
    public int? AgencyId { get; set; }
    public ConcurrentDictionary<int, string> Meetings { get; } = new();
}

/// <summary>
/// The meeting hub's connections on this instance. <see cref="IMeetingConnections"/> closes them; with a Redis
/// backplane the relay passes the request to every other instance too.
/// </summary>
public sealed class MeetingConnections(IDisconnectRelay relay) : IMeetingConnections
{
    private readonly ConcurrentDictionary<string, LiveConnection> _connections = new();

    public void Add(LiveConnection connection) => _connections[connection.Context.ConnectionId] = connection;

    public LiveConnection? Remove(string connectionId) => _connections.TryRemove(connectionId, out var c) ? c : null;

    public LiveConnection? Find(string connectionId) => _connections.GetValueOrDefault(connectionId);

    public IReadOnlyList<LiveConnection> Snapshot() => _connections.Values.ToList();

    /// <summary>Whether the user still has another connection here in this meeting.</summary>
    public bool IsPresent(int userId, int meetingId) =>
        _connections.Values.Any(c => c.UserId == userId && c.Meetings.ContainsKey(meetingId));

    public async Task<int> DisconnectUserAsync(int staffUserId)
    {
        await relay.PublishAsync(DisconnectRequest.ForUser(staffUserId));
        return CloseLocal(DisconnectRequest.ForUser(staffUserId));
    }

    public async Task<int> DisconnectAgencyAsync(int agencyId)
    {
        await relay.PublishAsync(DisconnectRequest.ForAgency(agencyId));
        return CloseLocal(DisconnectRequest.ForAgency(agencyId));
    }

    /// <summary>Closes the connections on this instance that the request names.</summary>
    public int CloseLocal(DisconnectRequest request)
    {
        var closing = _connections.Values.Where(request.Matches).ToList();
        foreach (var connection in closing)
        {
            connection.Context.Abort();
        }
        return closing.Count;
    }
}

/// <summary>Whose connections to close: one user's, or one agency's.</summary>
public sealed record DisconnectRequest(int? UserId, int? AgencyId)
{
    public static DisconnectRequest ForUser(int userId) => new(userId, null);

    public static DisconnectRequest ForAgency(int agencyId) => new(null, agencyId);

    public bool Matches(LiveConnection c) => (UserId is not null && c.UserId == UserId) || (AgencyId is not null && c.AgencyId == AgencyId);

    public string Serialise() => UserId is { } u ? $"user:{u}" : $"agency:{AgencyId}";

    public static DisconnectRequest? Parse(string? text) => text?.Split(':') switch
    {
        ["user", var id] when int.TryParse(id, out var u) => ForUser(u),
        ["agency", var id] when int.TryParse(id, out var a) => ForAgency(a),
        _ => null,
    };
}

/// <summary>Passes disconnect requests to the other instances (a no-op with one instance).</summary>
public interface IDisconnectRelay
{
    Task PublishAsync(DisconnectRequest request);
}

public sealed class LocalOnlyRelay : IDisconnectRelay
{
    public Task PublishAsync(DisconnectRequest request) => Task.CompletedTask;
}
