using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Marac.Web.Infrastructure.Security;

/// <summary>
/// Adds the security headers to every response, just before it starts (so they are right whatever
/// ran later, including the error page and static files, and so the user is known by then).
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<SecurityHeadersOptions> options)
{
    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    private readonly SecurityHeadersOptions _options = options.Value;

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var (middleware, httpContext) = ((SecurityHeadersMiddleware, HttpContext))state;
            middleware.Apply(httpContext);
            return Task.CompletedTask;
        }, (this, context));
        return next(context);
    }

    /// <summary>Sets the headers on <paramref name="context"/>'s response.</summary>
    public void Apply(HttpContext context)
    {
        var request = context.Request;
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy.For(request.Scheme, request.Host.Value ?? "", _options.FormActionOrigins);
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";

        if (request.IsHttps && !(_options.HstsExcludesLocalhost && IsLocalhost(request.Host.Host)))
        {
            headers.StrictTransportSecurity = $"max-age={_options.HstsMaxAgeSeconds}; includeSubDomains";
        }

        if (context.User.Identity?.IsAuthenticated == true && !IsCacheable(request.Path))
        {
            headers.CacheControl = "no-store";
            headers.Pragma = "no-cache";
            headers.Remove(HeaderNames.Expires);
        }
    }

    private bool IsCacheable(PathString path) =>
        _options.CacheablePaths.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));

    private static bool IsLocalhost(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || host is "127.0.0.1" or "[::1]" or "::1";
}
