using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Marac.Web.Infrastructure.GovUk;

/// <summary>
/// GOV.UK select: <c>&lt;govuk-select asp-for="AgencyId" label="Agency" items="Model.Agencies" empty-option="Choose an agency" /&gt;</c>.
/// Items default to the values of an enum property.
/// </summary>
[HtmlTargetElement("govuk-select", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkSelectTagHelper : GovUkLabelledFieldTagHelper
{
    /// <summary>The options; when omitted, every value of the bound enum.</summary>
    public IEnumerable<GovUkItem>? Items { get; set; }

    /// <summary>Text of a first option with an empty value, shown when nothing is chosen yet.</summary>
    public string? EmptyOption { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = Field();
        BecomeElement(output, "select", TagMode.StartTagAndEndTag, "govuk-select");
        if (field.HasError)
        {
            output.AddClass("govuk-select--error", HtmlEncoder.Default);
        }
        output.Attributes.SetAttribute("id", field.Id);
        output.Attributes.SetAttribute("name", field.Name);

        var chosen = field.Value;
        output.Content.Clear();
        if (EmptyOption is not null)
        {
            output.Content.AppendHtml(Option("", EmptyOption, string.IsNullOrEmpty(chosen)));
        }
        foreach (var item in Items ?? GovUkItem.ForEnum(For.Metadata.ModelType))
        {
            output.Content.AppendHtml(Option(item.Value, item.Text, string.Equals(item.Value, chosen, StringComparison.OrdinalIgnoreCase)));
        }
        WrapInFormGroup(output, field);
    }

    private static TagBuilder Option(string value, string text, bool selected)
    {
        var option = new TagBuilder("option");
        option.Attributes["value"] = value;
        if (selected)
        {
            option.Attributes["selected"] = "selected";
        }
        option.InnerHtml.Append(text);
        return option;
    }
}
