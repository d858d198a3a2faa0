using Microsoft.AspNetCore.SignalR;

namespace Marac.Web.Features.LiveMeeting;

/// <summary>
/// A safety net behind <see cref="IMeetingConnections"/>: every few seconds each connection on this instance is
/// checked as a hub call would be (still active, session not ended, still a signed attendee) and is closed if
/// it fails, or if its access now differs from its group's (a new exclusion or personal grant).
/// </summary>
public sealed class MeetingConnectionSweeper(MeetingConnections connections, IServiceScopeFactory scopes, ILogger<MeetingConnectionSweeper> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepAsync();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Checking live-meeting connections failed; trying again shortly");
            }
        }
    }

    public async Task<int> SweepAsync()
    {
        var closed = 0;
        foreach (var connection in connections.Snapshot().Where(c => !c.Meetings.IsEmpty))
        {
            if (!await StillValidAsync(connection))
            {
                connection.Context.Abort();
                closed++;
            }
        }
        return closed;
    }

    private async Task<bool> StillValidAsync(LiveConnection connection)
    {
        await using var scope = scopes.CreateAsyncScope();
        var access = scope.ServiceProvider.GetRequiredService<LiveAccess>();
        var audiences = scope.ServiceProvider.GetRequiredService<LiveAudiences>();
        foreach (var (meetingId, group) in connection.Meetings)
        {
            try
            {
                var seat = await access.RequireSeatAsync(connection.Context.User!, meetingId, connection.SessionIssuedUtc);
                if ((await audiences.ForViewerAsync(seat.Meeting, seat.Viewer)).Group != group)
                {
                    return false;
                }
            }
            catch (HubException)
            {
                return false;
            }
        }
        return true;
    }
}
