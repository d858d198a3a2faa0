using Microsoft.Extensions.Options;

namespace Marac.Web.Infrastructure.Security;

public static class SecurityHeadersExtensions
{
    /// <summary>
    /// Sends the app's security headers (CSP, HSTS on HTTPS, nosniff, no-referrer, DENY framing,
    /// Permissions-Policy) on every response, and no-store on everything a signed-in user receives
    /// except versioned static files. Call it early in the pipeline, before UseStaticFiles.
    /// When Entra sign-in is configured (AzureAd:ClientId), its authority is added to form-action
    /// so that the sign-out form's redirect to Entra is allowed.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, Action<SecurityHeadersOptions>? configure = null)
    {
        var options = new SecurityHeadersOptions();
        var configuration = app.ApplicationServices.GetRequiredService<IConfiguration>();
        if (EntraOrigin(configuration) is { } entra)
        {
            options.FormActionOrigins.Add(entra);
        }
        configure?.Invoke(options);
        return app.UseMiddleware<SecurityHeadersMiddleware>(Options.Create(options));
    }

    internal static string? EntraOrigin(IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration["AzureAd:ClientId"]) ||
            !Uri.TryCreate(configuration["AzureAd:Instance"], UriKind.Absolute, out var instance))
        {
            return null;
        }
        return instance.GetLeftPart(UriPartial.Authority);
    }
}
