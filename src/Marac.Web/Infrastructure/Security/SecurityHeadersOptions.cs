namespace Marac.Web.Infrastructure.Security;

/// <summary>What <see cref="SecurityHeadersMiddleware"/> sends; the defaults are the app's policy.</summary>
public sealed class SecurityHeadersOptions
{
    /// <summary>
    /// Extra origins forms may post to, or be redirected to after posting (Chrome applies
    /// <c>form-action</c> to the redirect). The Entra sign-out redirect needs the authority here,
    /// e.g. <c>https://login.microsoftonline.com</c>.
    /// </summary>
    public IList<string> FormActionOrigins { get; } = [];

    /// <summary>Paths whose responses may be cached (versioned static files). Everything else is no-store for signed-in users.</summary>
    public IList<PathString> CacheablePaths { get; } = ["/lib", "/css", "/js", "/images", "/assets"];

    /// <summary>HSTS max-age in seconds (one year).</summary>
    public int HstsMaxAgeSeconds { get; set; } = 31536000;

    /// <summary>
    /// Leaves HSTS off for localhost, as ASP.NET's own UseHsts does, so a developer's browser does not
    /// pin every localhost port to HTTPS for a year.
    /// </summary>
    public bool HstsExcludesLocalhost { get; set; } = true;
}
