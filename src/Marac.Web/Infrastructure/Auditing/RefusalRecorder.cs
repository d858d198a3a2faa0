using System.Data.Common;
using Marac.Data;
using Marac.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Infrastructure.Auditing;

/// <summary>
/// Records a refusal or a failed request in a scope of its own, so nothing the refused or failed request had
/// half done is saved with it. What is recorded is where (a route pattern or hub method, never an address with
/// values) and why; never personal data.
/// </summary>
public static class RefusalRecorder
{
    public static async Task RecordAsync(IServiceProvider services, AuditAction action, string entityType, string where, string outcome)
    {
        try
        {
            await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MaracDbContext>();
            db.RecordAudit(action, entityType, Shorten(where), outcome: Shorten(outcome));
            await db.SaveChangesAsync();
        }
        catch (Exception e) when (e is DbException or DbUpdateException or InvalidOperationException or TimeoutException)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RefusalRecorder))
                .LogError("A {Action} on {EntityType} could not be audited: {Error}", action, entityType, e.GetType().Name);
        }
    }

    /// <summary>Where a request went, as its route pattern (<c>/cases/{id:int}</c>), so no value from the address is kept.</summary>
    public static string RouteOf(HttpContext context) =>
        (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText is { } pattern ? "/" + pattern.TrimStart('/') : "(no page)";

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200];
}
