using Microsoft.AspNetCore.Mvc.Rendering;

namespace Marac.Web.Infrastructure.GovUk;

/// <summary>One option of a GOV.UK radios, checkboxes or select component.</summary>
/// <param name="Value">The value posted back, compared case-insensitively with the bound value.</param>
/// <param name="Text">The visible label.</param>
public sealed record GovUkItem(string Value, string Text)
{
    /// <summary>Hint shown under the item's label (radios and checkboxes only).</summary>
    public string? Hint { get; init; }

    /// <summary>Text of a divider (usually "or") shown before this item (radios and checkboxes only).</summary>
    public string? DividerBefore { get; init; }

    /// <summary>
    /// Checkboxes only: ticking this item unticks every other one, as in "None of these"
    /// (GOV.UK's <c>data-behaviour="exclusive"</c>).
    /// </summary>
    public bool Exclusive { get; init; }

    /// <summary>Every value of an enum, by name, with its [Display] name or a readable version of its name.</summary>
    public static IReadOnlyList<GovUkItem> ForEnum<TEnum>() where TEnum : struct, Enum => ForEnum(typeof(TEnum));

    /// <summary>Every value of <paramref name="enumType"/> (or its underlying type when nullable).</summary>
    public static IReadOnlyList<GovUkItem> ForEnum(Type enumType)
    {
        var type = Nullable.GetUnderlyingType(enumType) ?? enumType;
        if (!type.IsEnum)
        {
            throw new ArgumentException($"{type.Name} is not an enum.", nameof(enumType));
        }
        return Enum.GetValues(type).Cast<Enum>()
            .Select(value => new GovUkItem(value.ToString(), DisplayNames.ForEnumValue(value)))
            .ToList();
    }

    /// <summary>Items from an MVC select list (disabled and group information are ignored).</summary>
    public static IReadOnlyList<GovUkItem> From(IEnumerable<SelectListItem> items) =>
        items.Select(item => new GovUkItem(item.Value ?? item.Text, item.Text)).ToList();

    /// <summary>"Yes" (true) and "No" (false), for a bool property.</summary>
    public static IReadOnlyList<GovUkItem> YesNo { get; } = [new("true", "Yes"), new("false", "No")];
}
