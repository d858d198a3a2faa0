using Marac.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Marac.Web.Infrastructure.Health;

public sealed class DatabaseHealthCheck(MaracDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database cannot be reached.");
}
