using Marac.Data.Entities;
using Microsoft.AspNetCore.SignalR;

namespace Marac.Web.Infrastructure.Auditing;

/// <summary>
/// A hub call refused with a message ("Your agency may not see this case") leaves a refusal in the audit trail and
/// a warning in the log, without a stack trace: a refusal is the rules working, not a fault.
/// </summary>
public sealed class HubRefusalAudit(ILogger<HubRefusalAudit> logger) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (HubException refused)
        {
            var method = invocationContext.HubMethodName;
            logger.LogWarning("Hub call {Method} refused: {Reason}", method, refused.Message);
            await RefusalRecorder.RecordAsync(invocationContext.ServiceProvider, AuditAction.Refused, "LiveMeeting", method, refused.Message);
            throw;
        }
    }
}
