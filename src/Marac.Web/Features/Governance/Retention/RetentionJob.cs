using System.Globalization;
using Marac.Data;

namespace Marac.Web.Features.Governance.Retention;

/// <summary>
/// Once a day (at <c>Retention:DailyAt</c>, UK time, 02:00 by default) anonymises the cases whose retention
/// period has ended. <c>Retention:DailyJob=false</c> turns it off; an administrator can also run it from
/// /governance/retention. Logs counts only.
/// </summary>
public sealed partial class RetentionJob(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<RetentionJob> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Retention:DailyJob", true))
        {
            return;
        }
        var at = TimeOnly.TryParse(configuration["Retention:DailyAt"], CultureInfo.InvariantCulture, out var time) ? time : new TimeOnly(2, 0);
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(UntilNext(at), clock, stoppingToken);
            try
            {
                var count = await RunOnceAsync(scopes, stoppingToken);
                LogRun(log, count);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailure(log, e);
            }
        }
    }

    /// <summary>One anonymisation run in its own scope, as the daily job does it (tests call this too).</summary>
    public static async Task<int> RunOnceAsync(IServiceScopeFactory scopes, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseAnonymiser>().RunAsync(ct);
    }

    private TimeSpan UntilNext(TimeOnly at)
    {
        var now = UkTime.Now(clock);
        var next = DateOnly.FromDateTime(now).ToDateTime(at);
        if (next <= now)
        {
            next = next.AddDays(1);
        }
        var wait = UkTime.ToUtc(next) - clock.GetUtcNow().UtcDateTime;
        return wait < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : wait;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention run anonymised {Count} cases")]
    private static partial void LogRun(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention run failed")]
    private static partial void LogFailure(ILogger logger, Exception exception);
}
