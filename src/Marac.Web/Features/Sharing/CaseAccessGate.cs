using System.Globalization;
using System.Reflection;
using Marac.Data;
using Marac.Data.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Marac.Web.Features.Sharing;

/// <summary>Marks a page that shows or changes one case, named by the route value <see cref="RouteValue"/>.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ShowsCaseAttribute(string routeValue = "id") : Attribute
{
    public string RouteValue { get; } = routeValue;
}

/// <summary>
/// The access decision before any handler of a page that shows a case: whatever the handler, a viewer the
/// sharing policy gives nothing of the case is answered 404 (audited) and the handler never runs. The page's own
/// reader still decides what of the case it shows, from the same decision.
/// </summary>
public sealed class CaseAccessGate : IAsyncPageFilter, IOrderedFilter
{
    /// <summary>Straight after <c>UnknownHandlerFilter</c>, before the page's own filters.</summary>
    public int Order => int.MinValue + 1;

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (CaseId(context) is not { } referralId)
        {
            await next();
            return;
        }
        var services = context.HttpContext.RequestServices;
        var decision = await services.GetRequiredService<CaseAccessService>().DecideAsync(referralId, context.HttpContext.User);
        if (decision.Allowed)
        {
            await next();
            return;
        }
        var db = services.GetRequiredService<MaracDbContext>();
        db.RecordAudit(AuditAction.Refused, nameof(Referral), referralId.ToString(CultureInfo.InvariantCulture), referralId,
            outcome: $"{context.ActionDescriptor.ViewEnginePath}: {decision.RefusedBecause}");
        await db.SaveChangesAsync();
        context.Result = new NotFoundResult();
    }

    private static int? CaseId(PageHandlerExecutingContext context) =>
        context.ActionDescriptor.ModelTypeInfo?.GetCustomAttribute<ShowsCaseAttribute>() is { } shows
        && context.RouteData.Values.TryGetValue(shows.RouteValue, out var value)
        && int.TryParse(value?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
}
