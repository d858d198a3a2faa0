using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Marac.Web.Infrastructure.GovUk;

/// <summary>
/// GOV.UK date input for a <see cref="DateOnly"/> or <c>DateOnly?</c> property, posted as
/// <c>{name}.Day</c>, <c>{name}.Month</c>, <c>{name}.Year</c> and bound by <see cref="GovUkDateModelBinder"/>:
/// <c>&lt;govuk-date-input asp-for="Victim.DateOfBirth" legend="Date of birth" hint="For example, 27 3 1980" autocomplete="bday" /&gt;</c>.
/// </summary>
[HtmlTargetElement("govuk-date-input", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkDateInputTagHelper : GovUkFieldsetTagHelper
{
    /// <summary>Another name for <see cref="GovUkFieldsetTagHelper.Legend"/>, for symmetry with the other inputs.</summary>
    public string? Label { get; set; }

    /// <summary>"bday" for a date of birth: the parts get bday-day, bday-month and bday-year.</summary>
    public string? Autocomplete { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = Field();
        BecomeElement(output, "div", TagMode.StartTagAndEndTag, "govuk-date-input");
        output.Attributes.SetAttribute("id", field.Id);

        var date = For.Model as DateOnly?;
        var typed = new Dictionary<string, string?>
        {
            [GovUkDate.Day] = field.PostedValue(GovUkDate.PartName(field.Name, GovUkDate.Day)) ?? date?.Day.ToString(CultureInfo.InvariantCulture),
            [GovUkDate.Month] = field.PostedValue(GovUkDate.PartName(field.Name, GovUkDate.Month)) ?? date?.Month.ToString(CultureInfo.InvariantCulture),
            [GovUkDate.Year] = field.PostedValue(GovUkDate.PartName(field.Name, GovUkDate.Year)) ?? date?.Year.ToString(CultureInfo.InvariantCulture),
        };
        var inError = field.HasError
            ? GovUkDate.PartsInError(typed[GovUkDate.Day], typed[GovUkDate.Month], typed[GovUkDate.Year])
            : new HashSet<string>();

        output.Content.Clear();
        foreach (var part in GovUkDate.Parts)
        {
            output.Content.AppendHtml(Part(field, part, typed[part], inError.Contains(part)));
        }
        WrapInFieldset(output, field, isGroup: true, legendText: Legend ?? Label);
    }

    private TagBuilder Part(GovUkField field, string part, string? value, bool hasError)
    {
        var name = GovUkDate.PartName(field.Name, part);
        var id = GovUkField.IdFor(name);
        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.StartTag };
        input.AddCssClass("govuk-input govuk-date-input__input");
        input.AddCssClass(part == GovUkDate.Year ? "govuk-input--width-4" : "govuk-input--width-2");
        if (hasError)
        {
            input.AddCssClass("govuk-input--error");
        }
        input.Attributes["id"] = id;
        input.Attributes["name"] = name;
        input.Attributes["type"] = "text";
        input.Attributes["inputmode"] = "numeric";
        if (!string.IsNullOrEmpty(Autocomplete))
        {
            input.Attributes["autocomplete"] = $"{Autocomplete}-{part.ToLowerInvariant()}";
        }
        if (value is not null)
        {
            input.Attributes["value"] = value;
        }

        var group = new TagBuilder("div");
        group.AddCssClass("govuk-form-group");
        group.InnerHtml.AppendHtml(GovUkHtml.Label(id, part, "govuk-date-input__label", isPageHeading: false));
        group.InnerHtml.AppendHtml(input);

        var item = new TagBuilder("div");
        item.AddCssClass("govuk-date-input__item");
        item.InnerHtml.AppendHtml(group);
        return item;
    }
}
