using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Marac.Web.Infrastructure.GovUk;

/// <summary>
/// What every GOV.UK form-field tag helper shares: the <c>asp-for</c> binding, the hint and the form
/// group. The tag helper's element becomes the control itself (input, textarea, select, or the
/// radios / checkboxes / date-input container), so any attribute not listed by the tag helper
/// (autocomplete, spellcheck, inputmode, data-*, an extra class) lands on the control.
/// </summary>
public abstract class GovUkFieldTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>Hint text under the label or legend.</summary>
    public string? Hint { get; set; }

    /// <summary>Extra classes for the surrounding <c>govuk-form-group</c> (spacing overrides).</summary>
    public string? FormGroupClass { get; set; }

    /// <summary>The bound field, noted in <see cref="GovUkFieldOrder"/> for the error summary.</summary>
    protected GovUkField Field()
    {
        var field = GovUkField.For(ViewContext, For);
        GovUkFieldOrder.Of(ViewContext.HttpContext).Add(field.Name);
        return field;
    }

    /// <summary>The given text, else the property's [Display] name, else a readable version of its name.</summary>
    protected string TextOr(string? given) => string.IsNullOrWhiteSpace(given) ? DisplayNames.For(For.Metadata) : given;

    /// <summary>Turns the tag helper's element into <paramref name="tagName"/> with the field's GOV.UK class.</summary>
    protected static void BecomeElement(TagHelperOutput output, string tagName, TagMode mode, string cssClass)
    {
        output.TagName = tagName;
        output.TagMode = mode;
        output.AddClass(cssClass, HtmlEncoder.Default);
    }

    protected string? DescribedBy(GovUkField field) =>
        GovUkHtml.DescribedBy(string.IsNullOrWhiteSpace(Hint) ? null : field.HintId, field.HasError ? field.ErrorId : null);

    protected static void AddDescribedBy(TagHelperOutput output, string? ids)
    {
        if (ids is null)
        {
            return;
        }
        var existing = output.Attributes.TryGetAttribute("aria-describedby", out var attribute) ? attribute.Value?.ToString() : null;
        output.Attributes.SetAttribute("aria-describedby", GovUkHtml.DescribedBy(existing, ids));
    }
}

/// <summary>A field with a label: input, textarea, select.</summary>
public abstract class GovUkLabelledFieldTagHelper : GovUkFieldTagHelper
{
    /// <summary>Label text; defaults to the property's display name.</summary>
    public string? Label { get; set; }

    /// <summary>Label size class, such as <c>govuk-label--m</c>.</summary>
    public string? LabelClass { get; set; }

    /// <summary>Wraps the label in the page's h1 (one question per page).</summary>
    public bool IsPageHeading { get; set; }

    /// <summary>Puts the control inside a form group, after its label, hint and error message.</summary>
    protected void WrapInFormGroup(TagHelperOutput output, GovUkField field)
    {
        var group = GovUkHtml.FormGroup(field.HasError, FormGroupClass);
        output.PreElement.AppendHtml(group.RenderStartTag());
        output.PreElement.AppendHtml(GovUkHtml.Label(field.Id, TextOr(Label), LabelClass, IsPageHeading));
        output.PreElement.AppendHtml(GovUkHtml.Hint(field.HintId, Hint));
        output.PreElement.AppendHtml(GovUkHtml.ErrorMessage(field.ErrorId, field.ErrorMessage));
        output.PostElement.AppendHtml(group.RenderEndTag());
        AddDescribedBy(output, DescribedBy(field));
    }
}

/// <summary>A question of several inputs in a fieldset with a legend: radios, checkboxes, date.</summary>
public abstract class GovUkFieldsetTagHelper : GovUkFieldTagHelper
{
    /// <summary>The question, in the fieldset's legend; defaults to the property's display name.</summary>
    public string? Legend { get; set; }

    /// <summary>Legend size class, such as <c>govuk-fieldset__legend--m</c>.</summary>
    public string? LegendClass { get; set; }

    /// <summary>Puts the legend's text in the page's h1 (one question per page).</summary>
    public bool IsPageHeading { get; set; }

    /// <summary>Puts the control inside a form group and fieldset, after the legend, hint and error message.</summary>
    /// <param name="isGroup">role="group", for the parts of one answer (a date) rather than a choice.</param>
    protected void WrapInFieldset(TagHelperOutput output, GovUkField field, bool isGroup, string? legendText = null)
    {
        var group = GovUkHtml.FormGroup(field.HasError, FormGroupClass);
        var fieldset = GovUkHtml.Fieldset(DescribedBy(field), isGroup);
        output.PreElement.AppendHtml(group.RenderStartTag());
        output.PreElement.AppendHtml(fieldset.RenderStartTag());
        output.PreElement.AppendHtml(GovUkHtml.Legend(TextOr(legendText ?? Legend), LegendClass, IsPageHeading));
        output.PreElement.AppendHtml(GovUkHtml.Hint(field.HintId, Hint));
        output.PreElement.AppendHtml(GovUkHtml.ErrorMessage(field.ErrorId, field.ErrorMessage));
        output.PostElement.AppendHtml(fieldset.RenderEndTag());
        output.PostElement.AppendHtml(group.RenderEndTag());
    }
}
