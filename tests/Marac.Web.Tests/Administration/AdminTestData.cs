using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Marac.Data.Demo;
using Marac.Data.Entities;
using Marac.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Tests.Administration;

/// <summary>
/// Helpers for the administration tests. They share the demo app with other test classes, so they
/// add their own staff and agencies (unique names, inactive, not core members) rather than change the demo ones.
/// </summary>
internal static class AdminTestData
{
    public static string Unique(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..8]}";

    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Adds a member of staff of the demo tenant with a new object id.</summary>
    public static Task<StaffUser> AddStaffAsync(this MaracWebFactory app, StaffUserStatus status, AppRoles roles = AppRoles.None, string? agencyName = null) =>
        app.WithDbAsync(async db =>
        {
            var agencyId = agencyName is null ? (int?)null : await db.Agencies.Where(a => a.Name == agencyName).Select(a => a.Id).SingleAsync();
            var name = Unique("Test Person");
            var user = new StaffUser
            {
                TenantId = DemoPartnership.DevelopmentTenantId,
                ObjectId = Guid.NewGuid(),
                DisplayName = name,
                Email = $"{name.Replace(' ', '.').ToLowerInvariant()}@example.org",
                AgencyId = agencyId,
                Roles = roles,
                Status = status,
                FirstSeenAt = app.Clock.GetUtcNow().UtcDateTime,
            };
            db.StaffUsers.Add(user);
            await db.SaveChangesAsync();
            return user;
        });

    public static Task<int> AgencyIdAsync(this MaracWebFactory app, string name) =>
        app.WithDbAsync(db => db.Agencies.Where(a => a.Name == name).Select(a => a.Id).SingleAsync());

    /// <summary>The page's own form, not the sign-out form in the header.</summary>
    public const string MainForm = "main form[method=post]";

    public static Task<HttpResponseMessage> SubmitMainFormAsync(this HttpClient client, string pageUrl, IEnumerable<KeyValuePair<string, string>>? values = null) =>
        client.SubmitFormAsync(pageUrl, values, MainForm);

    public static Task<HttpResponseMessage> SubmitMainFormAsync(this HttpClient client, IHtmlDocument page, string pageUrl, IEnumerable<KeyValuePair<string, string>>? values = null) =>
        client.SubmitFormAsync(page, pageUrl, values, MainForm);

    public static HttpClient Administrator(this MaracWebFactory app) => app.CreateClientAs(AppRoles.Administrator);

    /// <summary>The error message shown by a field (GOV.UK puts it in <c>#{id}-error</c>), without the hidden "Error:" prefix.</summary>
    public static string? FieldError(this IHtmlDocument page, string fieldId) =>
        page.QuerySelector($"#{fieldId}-error")?.TextContent.Replace("Error:", "", StringComparison.Ordinal).Trim();

    public static string ErrorSummary(this IHtmlDocument page) =>
        page.QuerySelector(".govuk-error-summary")?.TextContent ?? "";

    public static string? ValueOf(this IHtmlDocument page, string fieldId) =>
        page.QuerySelector($"#{fieldId}")?.GetAttribute("value");

    public static async Task<IHtmlDocument> ShouldRedisplayAsync(this HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"expected the form again with messages, got {(int)response.StatusCode} {response.RedirectTarget()}");
        return await HtmlPages.ParseAsync(response);
    }

    public static void ShouldRedirectTo(this HttpResponseMessage response, string path)
    {
        ((int)response.StatusCode).ShouldBeOneOf(302, 303);
        response.RedirectTarget().ShouldBe(path);
    }

    /// <summary>True when the response is a refusal: 403, or a redirect to the access-denied or waiting-for-access page.</summary>
    public static bool IsRefused(this HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || (((int)response.StatusCode is 302 or 303)
            && (response.RedirectTarget()?.StartsWith("/access-denied", StringComparison.OrdinalIgnoreCase) == true
                || response.RedirectTarget()?.StartsWith("/waiting-for-access", StringComparison.OrdinalIgnoreCase) == true));

    public static KeyValuePair<string, string> Field(string name, string value) => new(name, value);
}
