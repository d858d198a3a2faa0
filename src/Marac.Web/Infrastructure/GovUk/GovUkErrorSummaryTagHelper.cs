using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Marac.Web.Infrastructure.GovUk;

/// <summary>
/// GOV.UK error summary listing every model-state error, each linked to its field:
/// <c>&lt;govuk-error-summary /&gt;</c> at the top of the main column. Renders nothing when there are no errors.
/// Errors not tied to a field (key "") come first, without a link; then errors in the order the GOV.UK
/// tag helpers rendered their fields (see <see cref="GovUkFieldOrder"/>); then any others. A date's
/// link goes to its day input.
/// </summary>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkErrorSummaryTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public string Title { get; set; } = "There is a problem";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var modelState = ViewContext.ViewData.ModelState;
        if (modelState.ErrorCount == 0)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-error-summary");
        output.Attributes.SetAttribute("data-module", "govuk-error-summary");

        var title = new TagBuilder("h2");
        title.AddCssClass("govuk-error-summary__title");
        title.InnerHtml.Append(Title);
        var body = new TagBuilder("div");
        body.AddCssClass("govuk-error-summary__body");
        body.InnerHtml.AppendHtml(new ErrorList(modelState, GovUkFieldOrder.Of(ViewContext.HttpContext)));
        var alert = new TagBuilder("div");
        alert.Attributes["role"] = "alert";
        alert.InnerHtml.AppendHtml(title);
        alert.InnerHtml.AppendHtml(body);
        output.Content.SetHtmlContent(alert);
    }

    /// <summary>Every error in model state with the link to its field, in page order as far as it is known.</summary>
    public static IReadOnlyList<GovUkErrorLink> ErrorsOf(ModelStateDictionary modelState, IReadOnlyList<string>? fieldOrder = null)
    {
        var positions = (fieldOrder ?? []).Select((name, index) => (name, index)).ToDictionary(p => p.name, p => p.index, StringComparer.Ordinal);
        var errors = new List<(int Rank, GovUkErrorLink Link)>();
        foreach (var (key, entry) in modelState)
        {
            if (entry is null || entry.Errors.Count == 0)
            {
                continue;
            }
            var rank = key.Length == 0 ? -1 : positions.GetValueOrDefault(key, int.MaxValue);
            var href = key.Length == 0 ? null : "#" + TargetId(modelState, key);
            errors.AddRange(entry.Errors.Select(e => (rank, new GovUkErrorLink(GovUkField.MessageOf(e), href))));
        }
        return errors.OrderBy(e => e.Rank).Select(e => e.Link).ToList();
    }

    // A date posted as {key}.Day/.Month/.Year is focused on its day input, as GOV.UK asks.
    private static string TargetId(ModelStateDictionary modelState, string key) =>
        modelState.ContainsKey(GovUkDate.PartName(key, GovUkDate.Day)) ? GovUkDate.FirstInputId(key) : GovUkField.IdFor(key);

    /// <summary>The list, worked out only when the page is written out, after every field has been rendered.</summary>
    private sealed class ErrorList(ModelStateDictionary modelState, GovUkFieldOrder fieldOrder) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            var list = new TagBuilder("ul");
            list.AddCssClass("govuk-list govuk-error-summary__list");
            foreach (var error in ErrorsOf(modelState, fieldOrder.Names))
            {
                var item = new TagBuilder("li");
                if (error.Href is null)
                {
                    item.InnerHtml.Append(error.Message);
                }
                else
                {
                    var link = new TagBuilder("a");
                    link.Attributes["href"] = error.Href;
                    link.InnerHtml.Append(error.Message);
                    item.InnerHtml.AppendHtml(link);
                }
                list.InnerHtml.AppendHtml(item);
            }
            list.WriteTo(writer, encoder);
        }
    }
}

/// <summary>One line of the error summary: the message and the fragment of the field it is about (or null).</summary>
public sealed record GovUkErrorLink(string Message, string? Href);
