using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Marac.Web.Infrastructure.GovUk;

/// <summary>The small pieces of GOV.UK markup the form tag helpers share.</summary>
internal static class GovUkHtml
{
    public static TagBuilder FormGroup(bool hasError, string? extraClass)
    {
        var group = new TagBuilder("div");
        group.AddCssClass("govuk-form-group");
        if (hasError)
        {
            group.AddCssClass("govuk-form-group--error");
        }
        if (!string.IsNullOrWhiteSpace(extraClass))
        {
            group.AddCssClass(extraClass);
        }
        return group;
    }

    public static IHtmlContent Label(string forId, string text, string? sizeClass, bool isPageHeading)
    {
        var label = new TagBuilder("label");
        label.AddCssClass("govuk-label");
        if (!string.IsNullOrWhiteSpace(sizeClass))
        {
            label.AddCssClass(sizeClass);
        }
        label.Attributes["for"] = forId;
        label.InnerHtml.Append(text);
        if (!isPageHeading)
        {
            return label;
        }
        var heading = new TagBuilder("h1");
        heading.AddCssClass("govuk-label-wrapper");
        heading.InnerHtml.AppendHtml(label);
        return heading;
    }

    public static TagBuilder Fieldset(string? describedBy, bool isGroup)
    {
        var fieldset = new TagBuilder("fieldset");
        fieldset.AddCssClass("govuk-fieldset");
        if (isGroup)
        {
            fieldset.Attributes["role"] = "group";
        }
        if (describedBy is not null)
        {
            fieldset.Attributes["aria-describedby"] = describedBy;
        }
        return fieldset;
    }

    public static IHtmlContent Legend(string text, string? sizeClass, bool isPageHeading)
    {
        var legend = new TagBuilder("legend");
        legend.AddCssClass("govuk-fieldset__legend");
        if (!string.IsNullOrWhiteSpace(sizeClass))
        {
            legend.AddCssClass(sizeClass);
        }
        if (isPageHeading)
        {
            var heading = new TagBuilder("h1");
            heading.AddCssClass("govuk-fieldset__heading");
            heading.InnerHtml.Append(text);
            legend.InnerHtml.AppendHtml(heading);
        }
        else
        {
            legend.InnerHtml.Append(text);
        }
        return legend;
    }

    public static IHtmlContent Hint(string id, string? text, string? extraClass = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return HtmlString.Empty;
        }
        var hint = new TagBuilder("div");
        hint.AddCssClass("govuk-hint");
        if (extraClass is not null)
        {
            hint.AddCssClass(extraClass);
        }
        hint.Attributes["id"] = id;
        hint.InnerHtml.Append(text);
        return hint;
    }

    public static IHtmlContent ErrorMessage(string id, string? message)
    {
        if (message is null)
        {
            return HtmlString.Empty;
        }
        var error = new TagBuilder("p");
        error.AddCssClass("govuk-error-message");
        error.Attributes["id"] = id;
        error.InnerHtml.AppendHtml("<span class=\"govuk-visually-hidden\">Error:</span> ");
        error.InnerHtml.Append(message);
        return error;
    }

    /// <summary>The ids for aria-describedby, or null when there are none.</summary>
    public static string? DescribedBy(params string?[] ids)
    {
        var present = ids.Where(id => !string.IsNullOrWhiteSpace(id)).ToArray();
        return present.Length == 0 ? null : string.Join(' ', present);
    }
}
