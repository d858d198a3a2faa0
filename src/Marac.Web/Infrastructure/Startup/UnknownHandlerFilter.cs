using Marac.Data.Entities;
using Marac.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Marac.Web.Infrastructure.Startup;

/// <summary>
/// A request no handler of the page answers (a POST to a page with no OnPost, <c>?handler=anything</c>, TRACE) never
/// renders the page: without its handler the page's access check would not run. An unknown handler name answers
/// 404; a method the page has no handler for answers 405. Runs before every page's own filters.
/// </summary>
public sealed class UnknownHandlerFilter : IAsyncPageFilter, IOrderedFilter
{
    public int Order => int.MinValue;

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        var name = context.RouteData.Values.TryGetValue("handler", out var routed) ? routed?.ToString() : request.Query["handler"].FirstOrDefault();
        var named = !string.IsNullOrEmpty(name);
        // Razor Pages falls back to the unnamed handler when no handler has the name asked for: that is refused too.
        var answered = context.HandlerMethod is { } handler && (!named || string.Equals(handler.Name, name, StringComparison.OrdinalIgnoreCase));
        if (answered || IsErrorPage(context.HttpContext))
        {
            await next();
            return;
        }
        var handlers = context.ActionDescriptor.HandlerMethods;
        var pageWithoutHandlers = handlers.Count == 0 && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method));
        if (pageWithoutHandlers && !named)
        {
            await next();
            return;
        }
        context.Result = named ? new NotFoundResult() : new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
        await RefusalRecorder.RecordAsync(context.HttpContext.RequestServices, AuditAction.Refused, "Page", RefusalRecorder.RouteOf(context.HttpContext),
            named ? "no such handler" : $"no handler for {request.Method}");
    }

    /// <summary>The error pages answer a re-executed request whatever its method: they must keep their status code.</summary>
    private static bool IsErrorPage(HttpContext context) =>
        context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerPathFeature>() is not null;
}
