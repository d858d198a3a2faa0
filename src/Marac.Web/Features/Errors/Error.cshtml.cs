using System.Diagnostics;
using Marac.Data.Entities;
using Marac.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marac.Web.Features.Errors;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; } = 500;

    /// <summary>The reference a user quotes to the service desk, the same as in the log and the audit trail.</summary>
    public string? CorrelationId { get; private set; }

    public async Task OnGetAsync(int? code)
    {
        Code = code ?? 500;
        if (HttpContext.Features.Get<IExceptionHandlerPathFeature>() is { } failure)
        {
            CorrelationId = Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier;
            var where = (failure.Endpoint as RouteEndpoint)?.RoutePattern.RawText is { } pattern ? "/" + pattern.TrimStart('/') : "(no page)";
            await RefusalRecorder.RecordAsync(HttpContext.RequestServices, AuditAction.Failed, "Request", where,
                $"failed ({failure.Error.GetType().Name}), correlation id {CorrelationId}");
        }
    }

    public Task OnPostAsync(int? code) => OnGetAsync(code);
}
