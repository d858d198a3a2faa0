using Marac.Data;
using Marac.Data.Auditing;

namespace Marac.Web.Features.Governance.Audit;

/// <summary>
/// Every <c>Audit:AnchorIntervalMinutes</c> (15 by default) signs the audit chain's head and writes it to the anchor
/// store outside the database, so a trail cut back behind an anchor shows even if the database's head was moved too.
/// </summary>
public sealed partial class AnchorJob(IServiceScopeFactory scopes, IAuditAnchorStore store, TimeProvider clock, IConfiguration configuration, ILogger<AnchorJob> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMinutes(Math.Max(1, configuration.GetValue("Audit:AnchorIntervalMinutes", 15)));
        await WarnIfAnchorsCanChangeAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(interval, clock, stoppingToken);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<MaracDbContext>();
                if (await AuditAnchoring.AnchorHeadAsync(db, store, clock.GetUtcNow().UtcDateTime, stoppingToken) is { } anchor)
                {
                    LogAnchored(log, anchor.Sequence);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailure(log, e.GetType().Name);
            }
        }
    }

    private async Task WarnIfAnchorsCanChangeAsync(CancellationToken ct)
    {
        if (store is not BlobAnchorStore blobs)
        {
            return;
        }
        try
        {
            if (!await blobs.HasImmutabilityPolicyAsync(ct))
            {
                LogNoImmutabilityPolicy(log);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailure(log, e.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The audit anchor container has no immutability policy: its anchors can be changed or deleted (see README.md, 'Audit keys')")]
    private static partial void LogNoImmutabilityPolicy(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit chain anchored at sequence {Sequence}")]
    private static partial void LogAnchored(ILogger logger, long sequence);

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit chain anchoring failed: {Error}")]
    private static partial void LogFailure(ILogger logger, string error);
}
