using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Marac.Web.Infrastructure.GovUk;

/// <summary>
/// GOV.UK radios and checkboxes: a fieldset with a legend, then one input per item. The first item's
/// id is the field's id, so the error summary's link lands on it; the others add <c>-2</c>, <c>-3</c>...
/// </summary>
public abstract class GovUkChoicesTagHelper : GovUkFieldsetTagHelper
{
    /// <summary>The choices; when omitted, every value of the bound enum (or Yes/No for a bool).</summary>
    public IEnumerable<GovUkItem>? Items { get; set; }

    /// <summary>The smaller GOV.UK variant.</summary>
    public bool Small { get; set; }

    /// <summary>"radios" or "checkboxes": the GOV.UK class prefix.</summary>
    private protected abstract string Kind { get; }

    private protected abstract string InputType { get; }

    private protected abstract IEnumerable<GovUkItem> DefaultItems();

    /// <summary>Which item values are chosen: what was posted, else the model's value(s).</summary>
    private protected abstract Func<string, bool> ChosenValues(GovUkField field);

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = Field();
        BecomeElement(output, "div", TagMode.StartTagAndEndTag, $"govuk-{Kind}");
        output.Attributes.SetAttribute("data-module", $"govuk-{Kind}");
        if (Small)
        {
            output.AddClass($"govuk-{Kind}--small", HtmlEncoder.Default);
        }
        AddVariantClasses(output);

        output.Content.Clear();
        var isChosen = ChosenValues(field);
        var number = 0;
        foreach (var item in Items ?? DefaultItems())
        {
            number++;
            if (item.DividerBefore is not null)
            {
                var divider = new TagBuilder("div");
                divider.AddCssClass($"govuk-{Kind}__divider");
                divider.InnerHtml.Append(item.DividerBefore);
                output.Content.AppendHtml(divider);
            }
            output.Content.AppendHtml(Item(field, item, number == 1 ? field.Id : $"{field.Id}-{number}", isChosen(item.Value)));
        }
        WrapInFieldset(output, field, isGroup: false);
    }

    private protected virtual void AddVariantClasses(TagHelperOutput output)
    {
    }

    private TagBuilder Item(GovUkField field, GovUkItem item, string id, bool chosen)
    {
        var hintId = $"{id}-item-hint";
        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.StartTag };
        input.AddCssClass($"govuk-{Kind}__input");
        input.Attributes["id"] = id;
        input.Attributes["name"] = field.Name;
        input.Attributes["type"] = InputType;
        input.Attributes["value"] = item.Value;
        if (chosen)
        {
            input.Attributes["checked"] = "checked";
        }
        if (item.Hint is not null)
        {
            input.Attributes["aria-describedby"] = hintId;
        }
        if (item.Exclusive)
        {
            input.Attributes["data-behaviour"] = "exclusive";
        }

        var wrapper = new TagBuilder("div");
        wrapper.AddCssClass($"govuk-{Kind}__item");
        wrapper.InnerHtml.AppendHtml(input);
        wrapper.InnerHtml.AppendHtml(GovUkHtml.Label(id, item.Text, $"govuk-{Kind}__label", isPageHeading: false));
        wrapper.InnerHtml.AppendHtml(GovUkHtml.Hint(hintId, item.Hint, $"govuk-{Kind}__hint"));
        return wrapper;
    }
}

/// <summary>
/// GOV.UK radios for one value (enum, bool, string, number):
/// <c>&lt;govuk-radios asp-for="Victim.Gender" legend="Gender" inline="true" /&gt;</c> or with <c>items="Model.Options"</c>.
/// </summary>
[HtmlTargetElement("govuk-radios", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkRadiosTagHelper : GovUkChoicesTagHelper
{
    /// <summary>Items side by side (for two short answers such as Yes and No).</summary>
    public bool Inline { get; set; }

    private protected override string Kind => "radios";

    private protected override string InputType => "radio";

    private protected override IEnumerable<GovUkItem> DefaultItems()
    {
        var type = For.Metadata.UnderlyingOrModelType;
        return type == typeof(bool) ? GovUkItem.YesNo : GovUkItem.ForEnum(type);
    }

    private protected override Func<string, bool> ChosenValues(GovUkField field)
    {
        var chosen = field.Value;
        return value => string.Equals(value, chosen, StringComparison.OrdinalIgnoreCase);
    }

    private protected override void AddVariantClasses(TagHelperOutput output)
    {
        if (Inline)
        {
            output.AddClass("govuk-radios--inline", HtmlEncoder.Default);
        }
    }
}

/// <summary>
/// GOV.UK checkboxes for a collection property (<c>List&lt;T&gt;</c>, <c>T[]</c>):
/// <c>&lt;govuk-checkboxes asp-for="CriteriaMet" legend="Which criteria does the case meet?" /&gt;</c>.
/// </summary>
[HtmlTargetElement("govuk-checkboxes", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkCheckboxesTagHelper : GovUkChoicesTagHelper
{
    private protected override string Kind => "checkboxes";

    private protected override string InputType => "checkbox";

    private protected override IEnumerable<GovUkItem> DefaultItems() =>
        GovUkItem.ForEnum(For.Metadata.ElementType ?? For.Metadata.UnderlyingOrModelType);

    private protected override Func<string, bool> ChosenValues(GovUkField field) =>
        new HashSet<string>(field.Values, StringComparer.OrdinalIgnoreCase).Contains;
}
