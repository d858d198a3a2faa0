using Microsoft.AspNetCore.HostFiltering;

namespace Marac.Web.Infrastructure.Hosting;

/// <summary>
/// The address staff reach Marac at, from <c>Hosting:PublicBaseUrl</c>: every link in an e-mail or a notification is
/// built from it, never from the request's Host header (which a forged request controls). Outside Development it is
/// required, and it is also the only host the app answers to.
/// </summary>
public sealed class PublicLinks(Uri baseUrl)
{
    public const string Setting = "Hosting:PublicBaseUrl";
    private const string DevelopmentDefault = "http://localhost:5080";

    /// <summary>The base address without a trailing slash, such as <c>https://marac.example.gov.uk</c>.</summary>
    public string BaseUrl { get; } = baseUrl.GetLeftPart(UriPartial.Authority);

    public static WebApplicationBuilder AddPublicLinks(WebApplicationBuilder builder)
    {
        var configured = builder.Configuration[Setting];
        var isDevelopment = builder.Environment.IsDevelopment();
        if (string.IsNullOrWhiteSpace(configured) && !isDevelopment)
        {
            throw new InvalidOperationException(
                $"{Setting} is not set. Outside Development Marac builds e-mail links from it and answers only to its host: " +
                "set it to the address staff use, such as https://marac.example.gov.uk. See README.md, 'Configuration'.");
        }
        if (!Uri.TryCreate(string.IsNullOrWhiteSpace(configured) ? DevelopmentDefault : configured, UriKind.Absolute, out var baseUrl)
            || baseUrl.Scheme is not ("https" or "http"))
        {
            throw new InvalidOperationException($"{Setting} must be an absolute http or https address, such as https://marac.example.gov.uk.");
        }
        builder.Services.AddSingleton(new PublicLinks(baseUrl));
        if (!isDevelopment)
        {
            builder.Services.PostConfigure<HostFilteringOptions>(o => o.AllowedHosts = [baseUrl.Host]);
        }
        return builder;
    }
}
