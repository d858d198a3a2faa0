using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using Marac.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Marac.Web.Tests.Sharing;

/// <summary>
/// The pages and downloads a user can reach, taken from the app's endpoint table (not a hand list), with
/// route values pointing at the marked case, read as text (workbooks cell by cell).
/// </summary>
public static class Surfaces
{
    public static async Task<string> ReadAllAsync(MaracWebFactory app, MarkedCase markedCase, Guid objectId, string? under = null)
    {
        using var client = app.CreateClientAs(objectId);
        var text = new StringBuilder();
        foreach (var url in Gets(app, markedCase).Where(u => under is null || u.StartsWith(under, StringComparison.Ordinal)))
        {
            using var response = await client.GetAsync(url);
            text.AppendLine(url).AppendLine(await ReadableAsync(response));
        }
        return text.ToString();
    }

    public static IEnumerable<string> Gets(MaracWebFactory app, MarkedCase markedCase) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is not { Count: > 0 } methods || methods.Contains("GET"))
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .Where(route => !route.StartsWith("/hubs/", StringComparison.Ordinal) && route != "/sign-out")
            .Distinct()
            .Select(route => Fill(route, markedCase));

    private static string Fill(string route, MarkedCase markedCase)
    {
        var first = route.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        var id = first switch
        {
            "cases" or "referrals" => markedCase.ReferralId,
            "meetings" or "agendas" or "minutes" => markedCase.MeetingId,
            "grants" => markedCase.GrantId,
            _ => 1,
        };
        return route.Replace("{id:int}", Invariant(id), StringComparison.Ordinal)
            .Replace("{referralId:int}", Invariant(markedCase.ReferralId), StringComparison.Ordinal)
            .Replace("{itemId:int}", Invariant(markedCase.ItemId), StringComparison.Ordinal)
            .Replace("{id:guid}", markedCase.ActionId.ToString(), StringComparison.Ordinal)
            .Replace("{number:int}", "1", StringComparison.Ordinal)
            .Replace("{code:int?}", "404", StringComparison.Ordinal);
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static async Task<string> ReadableAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (response.Content.Headers.ContentType?.MediaType == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        {
            using var workbook = new XLWorkbook(new MemoryStream(bytes));
            return string.Join('\n', workbook.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetString()));
        }
        return Encoding.UTF8.GetString(bytes);
    }
}
