using System.Net;
using Marac.Data.Demo;
using Marac.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Marac.Web.Tests.Security;

/// <summary>
/// Every page the app maps (from its endpoint table), asked with a method it has no handler for or with a handler
/// name it does not have: a 4xx (or, for a role the page is not for, the redirect to access denied), never a 500 and never the page rendered without its handler (and its access check).
/// </summary>
[Collection(SharedAppCollection.Name)]
public sealed class EveryMethodTests(MaracWebFactory app)
{
    private static readonly string[] OtherMethods = ["PUT", "DELETE", "PATCH", "TRACE"];

    [Theory]
    [InlineData("Coordinator")]
    [InlineData("Housing")]
    public async Task Every_page_answers_an_unknown_method_or_handler_with_a_4xx(string who)
    {
        using var client = app.CreateClientAs(who == "Coordinator" ? DemoPartnership.CoordinatorObjectId : DemoPartnership.HousingRepresentativeObjectId);
        var problems = new List<string>();
        var pages = Pages().ToList();
        pages.Count.ShouldBeGreaterThan(30);

        foreach (var url in pages)
        {
            foreach (var (method, query) in OtherMethods.Select(m => (m, "")).Append(("GET", "?handler=zzzunknown")).Append(("POST", "?handler=zzzunknown")))
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), url + query);
                if (method is "POST" or "PUT" or "PATCH")
                {
                    request.Content = new FormUrlEncodedContent([]);
                }
                using var response = await client.SendAsync(request);
                if ((int)response.StatusCode is < 400 or >= 500 && !IsRoleRefusal(response))
                {
                    problems.Add($"{method} {url}{query}: {(int)response.StatusCode}");
                }
            }
        }
        problems.ShouldBeEmpty();
    }

    /// <summary>The role policy's refusal, before any page code runs: a redirect to the access-denied page.</summary>
    private static bool IsRoleRefusal(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/access-denied", StringComparison.Ordinal) == true;

    /// <summary>The Razor pages' addresses, route values filled with the first demo records.</summary>
    private IEnumerable<string> Pages() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .Distinct()
            .Select(route => route.Replace("{id:int}", "1", StringComparison.Ordinal).Replace("{referralId:int}", "1", StringComparison.Ordinal)
                .Replace("{itemId:int}", "1", StringComparison.Ordinal).Replace("{number:int}", "1", StringComparison.Ordinal)
                .Replace("{id:guid}", Guid.Empty.ToString(), StringComparison.Ordinal).Replace("{code:int?}", "404", StringComparison.Ordinal));
}
