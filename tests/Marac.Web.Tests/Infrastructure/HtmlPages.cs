using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Marac.Web.Tests.Infrastructure;

/// <summary>
/// Reads pages and fills in their forms the way a browser does: the form's own fields and the
/// antiforgery token are sent back, with the test's values on top, through the same client (and so
/// the same cookies).
/// </summary>
public static class HtmlPages
{
    public const string AntiforgeryField = "__RequestVerificationToken";

    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    /// <summary>GETs a page, insisting on 200, and parses it.</summary>
    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new ShouldAssertException($"GET {url} returned {(int)response.StatusCode} {response.StatusCode} (Location: {response.Headers.Location}), not 200.");
        }
        return await ParseAsync(response);
    }

    /// <summary>The antiforgery token in the page's first form that has one.</summary>
    public static string AntiforgeryToken(this IHtmlDocument page) =>
        page.QuerySelector($"form input[name='{AntiforgeryField}']")?.GetAttribute("value")
        ?? throw new ShouldAssertException("The page has no form with an antiforgery token.");

    /// <summary>
    /// GETs <paramref name="pageUrl"/>, then submits the form chosen by <paramref name="formSelector"/>
    /// (the first POST form by default) with its current values overridden by <paramref name="values"/>.
    /// <paramref name="submitButton"/> picks the button clicked (its formaction and name/value apply);
    /// <paramref name="action"/>, when given, is where the form is posted whatever the page says.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, string pageUrl,
        IEnumerable<KeyValuePair<string, string>>? values = null, string? formSelector = null, string? submitButton = null, string? action = null)
    {
        var page = await client.GetPageAsync(pageUrl);
        return await client.SubmitFormAsync(page, pageUrl, values, formSelector, submitButton, action);
    }

    public static Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, IHtmlDocument page, string pageUrl,
        IEnumerable<KeyValuePair<string, string>>? values = null, string? formSelector = null, string? submitButton = null, string? action = null)
    {
        var form = (formSelector is null
                       ? page.QuerySelectorAll("form").FirstOrDefault(f => string.Equals(f.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase))
                       : page.QuerySelector(formSelector))
                   ?? throw new ShouldAssertException($"{pageUrl} has no form matching '{formSelector ?? "form[method=post]"}'.");
        var fields = FieldsOf(form);
        var target = form.GetAttribute("action") is { Length: > 0 } formAction ? formAction : pageUrl;
        if (submitButton is not null)
        {
            var button = form.QuerySelector(submitButton) ?? page.QuerySelector(submitButton)
                         ?? throw new ShouldAssertException($"{pageUrl} has no button matching '{submitButton}'.");
            if (button.GetAttribute("formaction") is { Length: > 0 } buttonAction)
            {
                target = buttonAction;
            }
            if (button.GetAttribute("name") is { Length: > 0 } name)
            {
                fields.Add(new(name, button.GetAttribute("value") ?? ""));
            }
        }
        foreach (var group in (values ?? []).GroupBy(v => v.Key))
        {
            fields.RemoveAll(f => f.Key == group.Key);
            fields.AddRange(group);
        }
        return client.PostAsync(action ?? target, new FormUrlEncodedContent(fields));
    }

    /// <summary>What a browser would send for the form as it stands.</summary>
    public static List<KeyValuePair<string, string>> FieldsOf(IElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input, select, textarea"))
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled"))
            {
                continue;
            }
            switch (element)
            {
                case IHtmlInputElement input:
                    var type = (input.GetAttribute("type") ?? "text").ToLowerInvariant();
                    if (type is "submit" or "button" or "image" or "reset" or "file")
                    {
                        continue;
                    }
                    if (type is "checkbox" or "radio")
                    {
                        if (input.HasAttribute("checked"))
                        {
                            fields.Add(new(name, input.GetAttribute("value") ?? "on"));
                        }
                        continue;
                    }
                    fields.Add(new(name, input.GetAttribute("value") ?? ""));
                    break;
                case IHtmlSelectElement select:
                    var options = select.QuerySelectorAll("option").ToList();
                    var chosen = options.Where(o => o.HasAttribute("selected")).ToList();
                    if (chosen.Count == 0 && !select.HasAttribute("multiple") && options.Count > 0)
                    {
                        chosen.Add(options[0]);
                    }
                    fields.AddRange(chosen.Select(o => new KeyValuePair<string, string>(name, o.GetAttribute("value") ?? o.TextContent)));
                    break;
                case IHtmlTextAreaElement textarea:
                    fields.Add(new(name, textarea.TextContent.StartsWith('\n') ? textarea.TextContent[1..] : textarea.TextContent));
                    break;
            }
        }
        return fields;
    }

    /// <summary>Every address the page would send the browser to or load: links, form actions, sources.</summary>
    public static IEnumerable<string> Urls(this IHtmlDocument page) =>
        page.QuerySelectorAll("[href], [src], [action], [formaction], [data-url]")
            .SelectMany(e => new[] { "href", "src", "action", "formaction", "data-url" }.Select(e.GetAttribute))
            .OfType<string>();

    /// <summary>Where a redirect goes, as a path (query string kept) whether the Location is absolute or not.</summary>
    public static string? RedirectTarget(this HttpResponseMessage response)
    {
        var location = response.Headers.Location;
        if (location is null)
        {
            return null;
        }
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }
}
