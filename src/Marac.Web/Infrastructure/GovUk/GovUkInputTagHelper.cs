using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Marac.Web.Infrastructure.GovUk;

/// <summary>
/// GOV.UK text input: <c>&lt;govuk-input asp-for="Victim.LastName" label="Last name" hint="..." width="20" /&gt;</c>.
/// </summary>
[HtmlTargetElement("govuk-input", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkInputTagHelper : GovUkLabelledFieldTagHelper
{
    private static readonly HashSet<string> FixedWidths = ["2", "3", "4", "5", "10", "20", "30"];
    private static readonly HashSet<string> FluidWidths = ["full", "three-quarters", "two-thirds", "one-half", "one-third", "one-quarter"];

    /// <summary>The input type: text (default), email, tel, number, password, search, url.</summary>
    public string Type { get; set; } = "text";

    /// <summary>2, 3, 4, 5, 10, 20 or 30 characters, or full, three-quarters, two-thirds, one-half, one-third, one-quarter.</summary>
    public string? Width { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = Field();
        BecomeElement(output, "input", TagMode.StartTagOnly, "govuk-input");
        if (WidthClass(Width) is { } widthClass)
        {
            output.AddClass(widthClass, HtmlEncoder.Default);
        }
        if (field.HasError)
        {
            output.AddClass("govuk-input--error", HtmlEncoder.Default);
        }
        output.Attributes.SetAttribute("id", field.Id);
        output.Attributes.SetAttribute("name", field.Name);
        output.Attributes.SetAttribute("type", Type);
        if (!string.Equals(Type, "password", StringComparison.OrdinalIgnoreCase) && field.Value is { } value)
        {
            output.Attributes.SetAttribute("value", value);
        }
        WrapInFormGroup(output, field);
    }

    internal static string? WidthClass(string? width)
    {
        if (string.IsNullOrWhiteSpace(width))
        {
            return null;
        }
        if (FixedWidths.Contains(width))
        {
            return $"govuk-input--width-{width}";
        }
        if (FluidWidths.Contains(width))
        {
            return $"govuk-!-width-{width}";
        }
        throw new InvalidOperationException($"govuk-input width '{width}' is not one of the GOV.UK widths.");
    }
}
