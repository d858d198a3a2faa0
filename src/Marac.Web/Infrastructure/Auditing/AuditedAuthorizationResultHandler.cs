using Marac.Data.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Marac.Web.Infrastructure.Auditing;

/// <summary>A signed-in user refused by a role policy (sent to <c>/access-denied</c>) leaves a refusal in the audit trail.</summary>
public sealed class AuditedAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            var failed = authorizeResult.AuthorizationFailure?.FailedRequirements.Select(r => r.GetType().Name).Distinct() ?? [];
            await RefusalRecorder.RecordAsync(context.RequestServices, AuditAction.Refused, "Page", RefusalRecorder.RouteOf(context),
                $"role policy: {string.Join(", ", failed)}");
        }
        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
