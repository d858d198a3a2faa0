using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Marac.Web.Infrastructure.GovUk;

/// <summary>
/// GOV.UK button, a submit button protected from double clicks by default:
/// <c>&lt;govuk-button&gt;Save and continue&lt;/govuk-button&gt;</c>,
/// <c>&lt;govuk-button variant="secondary" name="action" value="draft"&gt;Save as draft&lt;/govuk-button&gt;</c>,
/// or a link styled as a button with <c>href="..."</c>. Other attributes (name, value, form, formaction, type) pass through.
/// </summary>
[HtmlTargetElement("govuk-button")]
public sealed class GovUkButtonTagHelper : TagHelper
{
    private static readonly HashSet<string> Variants = ["secondary", "warning", "inverse"];

    /// <summary>secondary, warning or inverse; the primary (green) button when omitted.</summary>
    public string? Variant { get; set; }

    /// <summary>Ignore a second click within a second, so a form is not submitted twice (default true).</summary>
    public bool PreventDoubleClick { get; set; } = true;

    /// <summary>Renders a link that looks like a button, for navigation rather than form submission.</summary>
    public string? Href { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagMode = TagMode.StartTagAndEndTag;
        output.AddClass("govuk-button", HtmlEncoder.Default);
        if (Variant is not null)
        {
            if (!Variants.Contains(Variant))
            {
                throw new InvalidOperationException($"govuk-button variant '{Variant}' is not secondary, warning or inverse.");
            }
            output.AddClass($"govuk-button--{Variant}", HtmlEncoder.Default);
        }
        output.Attributes.SetAttribute("data-module", "govuk-button");

        if (Href is not null)
        {
            output.TagName = "a";
            output.Attributes.SetAttribute("href", Href);
            output.Attributes.SetAttribute("role", "button");
            output.Attributes.SetAttribute("draggable", "false");
            return;
        }

        output.TagName = "button";
        if (!output.Attributes.ContainsName("type"))
        {
            output.Attributes.SetAttribute("type", "submit");
        }
        if (PreventDoubleClick)
        {
            output.Attributes.SetAttribute("data-prevent-double-click", "true");
        }
    }
}
