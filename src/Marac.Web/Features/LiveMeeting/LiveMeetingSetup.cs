using Microsoft.AspNetCore.SignalR;
using Marac.Web.Infrastructure.Auditing;
using Marac.Web.Infrastructure.Auth;
using StackExchange.Redis;

namespace Marac.Web.Features.LiveMeeting;

public static class LiveMeetingSetup
{
    /// <summary>
    /// A message may be larger than SignalR's 32 KB default so that an over-long action reaches the hub and is
    /// refused with a message, rather than the connection being dropped.
    /// </summary>
    public const long MaximumMessageBytes = 512 * 1024;

    private static readonly TimeSpan RedisCommandTimeout = TimeSpan.FromSeconds(20);

    public static IServiceCollection AddLiveMeeting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<LiveAccess>();
        services.AddScoped<LiveAudiences>();
        services.AddScoped<LiveItems>();
        services.AddScoped<LiveState>();
        services.AddScoped<LiveActions>();
        services.AddScoped<LiveAgenda>();
        services.AddScoped<LiveAttendance>();
        services.AddScoped<LiveBroadcaster>();
        services.AddScoped<MeetingConclusion>();
        services.AddSingleton<MeetingConnections>();
        services.AddSingleton<IMeetingConnections>(sp => sp.GetRequiredService<MeetingConnections>());
        services.AddSingleton<ISessionRevocationListener, MeetingSessionRevocation>();
        services.AddHostedService<MeetingConnectionSweeper>();
        var signalR = services.AddSignalR(o =>
        {
            o.MaximumReceiveMessageSize = MaximumMessageBytes;
            o.AddFilter<HubRefusalAudit>();
            o.AddFilter<OneConnectionPerCall>();
        });
        if (configuration["SignalR:Redis"] is { Length: > 0 } redis)
        {
            signalR.AddStackExchangeRedis(redis, o =>
            {
                o.Configuration.ChannelPrefix = RedisChannel.Literal("marac");
                // An instance stopping on a busy host unsubscribes synchronously; the 5-second default gave way under load.
                o.Configuration.SyncTimeout = (int)RedisCommandTimeout.TotalMilliseconds;
                o.Configuration.AsyncTimeout = (int)RedisCommandTimeout.TotalMilliseconds;
            });
            services.AddSingleton<RedisDisconnectRelay>(sp => new RedisDisconnectRelay(redis, sp));
            services.AddSingleton<IDisconnectRelay>(sp => sp.GetRequiredService<RedisDisconnectRelay>());
            services.AddHostedService(sp => sp.GetRequiredService<RedisDisconnectRelay>());
        }
        else
        {
            services.AddSingleton<IDisconnectRelay, LocalOnlyRelay>();
        }
        return services;
    }

    /// <summary>Maps the hub behind the origin check; connections close when the session they started with expires.</summary>
    public static WebApplication MapMeetingHub(this WebApplication app)
    {
        app.UseWhen(c => c.Request.Path.StartsWithSegments(MeetingHub.Path), branch => branch.Use(OriginCheck.RefuseOtherOriginsAsync));
        app.MapHub<MeetingHub>(MeetingHub.Path, o => o.CloseOnAuthenticationExpiration = true);
        return app;
    }
}
