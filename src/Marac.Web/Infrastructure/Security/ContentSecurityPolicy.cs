namespace Marac.Web.Infrastructure.Security;

/// <summary>
/// The app's Content-Security-Policy. Everything comes from the app's own origin: no inline script
/// or style (the layout sets its js-enabled class from wwwroot/js/marac.js), no plugins, no framing,
/// and scripts may connect back only to the same origin, including SignalR's WebSocket (ws/wss of
/// the same host, listed explicitly for browsers that do not let 'self' cover WebSockets).
/// </summary>
public static class ContentSecurityPolicy
{
    /// <param name="scheme">The request's scheme (http or https).</param>
    /// <param name="host">The request's host and port, as in the Host header.</param>
    /// <param name="formActionOrigins">Extra origins allowed in form-action.</param>
    public static string For(string scheme, string host, IEnumerable<string>? formActionOrigins = null)
    {
        var webSocket = string.Equals(scheme, "https", StringComparison.OrdinalIgnoreCase) ? "wss" : "ws";
        var connect = string.IsNullOrEmpty(host) ? "'self'" : $"'self' {webSocket}://{host}";
        var formAction = string.Join(' ', new[] { "'self'" }.Concat(formActionOrigins ?? []));
        return string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            $"connect-src {connect}",
            "object-src 'none'",
            "base-uri 'self'",
            $"form-action {formAction}",
            "frame-ancestors 'none'");
    }
}
