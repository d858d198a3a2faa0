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

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerMethod is not null)
        {
            return next();
        }
        var request = context.HttpContext.Request;
        var named = context.RouteData.Values.ContainsKey("handler") || request.Query.ContainsKey("handler");
        var handlers = context.ActionDescriptor.HandlerMethods;
        var pageWithoutHandlers = handlers.Count == 0 && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method));
        if (pageWithoutHandlers && !named)
        {
            return next();
        }
        context.Result = named ? new NotFoundResult() : new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
        return Task.CompletedTask;
    }
}
