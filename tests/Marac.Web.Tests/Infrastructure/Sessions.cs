using System.Globalization;
using System.Net;
using Marac.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Marac.Web.Tests.Infrastructure;

/// <summary>Real sessions: signing in through the development sign-in page, and reading the cookies it sets.</summary>
public static class Sessions
{
    /// <summary>Signs in through /dev/sign-in as a browser would; the returned client carries the session cookie.</summary>
    public static async Task<HttpClient> SignInThroughDevPageAsync(this MaracWebFactory app, int staffUserId)
    {
        var client = app.CreateAnonymousClient();
        using var response = await client.SubmitFormAsync("/dev/sign-in",
            [new("UserId", staffUserId.ToString(CultureInfo.InvariantCulture))]);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, "the development sign-in should redirect after signing in");
        response.RedirectTarget().ShouldBe("/");
        return client;
    }

    /// <summary>A client that sends exactly this Cookie header and keeps no cookies of its own.</summary>
    public static HttpClient CreateClientWithCookie(this MaracWebFactory app, string cookieHeader)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = MaracWebFactory.BaseAddress,
            AllowAutoRedirect = false,
            HandleCookies = false,
        });
        client.DefaultRequestHeaders.Add("Cookie", cookieHeader);
        return client;
    }

    /// <summary>The Set-Cookie header for the named cookie, if the response sets it.</summary>
    public static SetCookie? SetCookieFor(this HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.Select(SetCookie.Parse).FirstOrDefault(c => c.Name == name)
            : null;

    public static string SessionCookieName => AuthenticationSetup.SessionCookieName;
}

/// <summary>A Set-Cookie header taken apart: name, value and attributes (names lower-cased).</summary>
public sealed record SetCookie(string Name, string Value, IReadOnlyDictionary<string, string> Attributes, string Raw)
{
    public bool Has(string attribute) => Attributes.ContainsKey(attribute.ToLowerInvariant());

    public string? this[string attribute] => Attributes.GetValueOrDefault(attribute.ToLowerInvariant());

    public static SetCookie Parse(string header)
    {
        var parts = header.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var nameValue = parts[0].Split('=', 2);
        var attributes = parts.Skip(1)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0].ToLowerInvariant(), p => p.Length > 1 ? p[1] : "");
        return new SetCookie(nameValue[0], nameValue.Length > 1 ? nameValue[1] : "", attributes, header);
    }
}
