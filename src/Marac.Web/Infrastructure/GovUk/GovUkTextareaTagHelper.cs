using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Marac.Web.Infrastructure.GovUk;

/// <summary>
/// GOV.UK textarea: <c>&lt;govuk-textarea asp-for="RiskSummary" label="Summary of risk" hint="..." rows="8" /&gt;</c>.
/// </summary>
[HtmlTargetElement("govuk-textarea", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkTextareaTagHelper : GovUkLabelledFieldTagHelper
{
    public int Rows { get; set; } = 5;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = Field();
        BecomeElement(output, "textarea", TagMode.StartTagAndEndTag, "govuk-textarea");
        if (field.HasError)
        {
            output.AddClass("govuk-textarea--error", HtmlEncoder.Default);
        }
        output.Attributes.SetAttribute("id", field.Id);
        output.Attributes.SetAttribute("name", field.Name);
        output.Attributes.SetAttribute("rows", Rows);
        // HTML drops a newline straight after <textarea>: write one so a value starting with a newline keeps it.
        output.Content.SetHtmlContent(Environment.NewLine);
        output.Content.Append(field.Value ?? "");
        WrapInFormGroup(output, field);
    }
}
