using StackExchange.Redis;

namespace Marac.Web.Features.LiveMeeting;

/// <summary>
/// With several instances, a disconnect request is published on Redis and every instance (this one included)
/// closes the matching connections it holds.
/// </summary>
public sealed class RedisDisconnectRelay(string configuration, IServiceProvider services) : IDisconnectRelay, IHostedService, IAsyncDisposable
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("marac:live:disconnect");
    private ConnectionMultiplexer? _redis;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _redis = await ConnectionMultiplexer.ConnectAsync(configuration);
        await _redis.GetSubscriber().SubscribeAsync(Channel, (_, message) =>
        {
            if (DisconnectRequest.Parse(message) is { } request)
            {
                services.GetRequiredService<MeetingConnections>().CloseLocal(request);
            }
        });
    }

    public async Task PublishAsync(DisconnectRequest request)
    {
        if (_redis is not null)
        {
            await _redis.GetSubscriber().PublishAsync(Channel, request.Serialise());
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_redis is null)
        {
            return;
        }
        try
        {
            await _redis.GetSubscriber().UnsubscribeAsync(Channel).WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
        }
        catch (Exception e) when (e is RedisException or OperationCanceledException or TimeoutException)
        {
            // The instance is stopping; Redis drops the subscription with the connection anyway.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_redis is not null)
        {
            await _redis.CloseAsync(allowCommandsToComplete: false);
            _redis.Dispose();
        }
    }
}
