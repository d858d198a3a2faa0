namespace Marac.Web.Features.LiveMeeting;

/// <summary>
/// Browsers send Origin with every WebSocket and cross-site request, and WebSockets are not covered by CORS:
/// a page on another site could otherwise open the hub with the user's cookie. Clients that send no Origin
/// (not browsers) carry no ambient cookie from another site.
/// </summary>
public static class OriginCheck
{
    public static async Task RefuseOtherOriginsAsync(HttpContext context, Func<Task> next)
    {
        if (!IsSameOrigin(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        await next();
    }

    public static bool IsSameOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (string.IsNullOrEmpty(origin))
        {
            return true;
        }
        return Uri.TryCreate(origin, UriKind.Absolute, out var given)
            && Uri.TryCreate($"{request.Scheme}://{request.Host.Value}", UriKind.Absolute, out var own)
            && string.Equals(given.Scheme, own.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(given.Authority, own.Authority, StringComparison.OrdinalIgnoreCase);
    }
}
