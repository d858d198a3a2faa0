using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Marac.Web.Infrastructure.GovUk;

/// <summary>
/// The name, id, posted value and error of the property a GOV.UK tag helper is bound to, worked out
/// the way <c>asp-for</c> does, so that labels, error-summary links and model binding all agree.
/// </summary>
public sealed class GovUkField
{
    private readonly ModelStateDictionary _modelState;

    private GovUkField(ViewContext viewContext, ModelExpression expression)
    {
        _modelState = viewContext.ViewData.ModelState;
        Expression = expression;
        Name = viewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(expression.Name);
        Id = IdFor(Name);
        ErrorMessage = FirstErrorOf(_modelState, Name);
    }

    public static GovUkField For(ViewContext viewContext, ModelExpression expression) => new(viewContext, expression);

    public ModelExpression Expression { get; }

    /// <summary>The form field name, as <c>asp-for</c> writes it (<c>Referral.Victim.DateOfBirth</c>).</summary>
    public string Name { get; }

    /// <summary>The element id, as <c>asp-for</c> writes it (<c>Referral_Victim_DateOfBirth</c>).</summary>
    public string Id { get; }

    public string HintId => Id + "-hint";

    public string ErrorId => Id + "-error";

    /// <summary>The first model-state error for this field, if any (GOV.UK shows one per field).</summary>
    public string? ErrorMessage { get; }

    public bool HasError => ErrorMessage is not null;

    /// <summary>The value to show: what the user posted when the form is redisplayed, else the model's value.</summary>
    public string? Value => PostedValue(Name) ?? FormatModelValue(Expression.Model);

    /// <summary>Every value to treat as chosen (checkboxes): what was posted, else the model's value or values.</summary>
    public IReadOnlyCollection<string> Values
    {
        get
        {
            if (_modelState.TryGetValue(Name, out var entry) && entry.RawValue is not null)
            {
                return entry.RawValue switch
                {
                    string single => [single],
                    IEnumerable<string> many => many.ToList(),
                    _ => [Convert.ToString(entry.RawValue, System.Globalization.CultureInfo.CurrentCulture) ?? ""],
                };
            }
            return Expression.Model switch
            {
                null => [],
                string single => [single],
                System.Collections.IEnumerable many => many.Cast<object?>().Select(FormatModelValue).OfType<string>().ToList(),
                var single => [FormatModelValue(single)!],
            };
        }
    }

    /// <summary>The value the user typed into <paramref name="fullName"/>, when the form is being redisplayed.</summary>
    public string? PostedValue(string fullName) =>
        _modelState.TryGetValue(fullName, out var entry) ? entry.AttemptedValue : null;

    /// <summary>An element id from a full field name, replacing dots and brackets as ASP.NET does.</summary>
    public static string IdFor(string fullName) => TagBuilder.CreateSanitizedId(fullName, IdDotReplacement);

    internal static string? FirstErrorOf(ModelStateDictionary modelState, string key)
    {
        if (!modelState.TryGetValue(key, out var entry) || entry.Errors.Count == 0)
        {
            return null;
        }
        return MessageOf(entry.Errors[0]);
    }

    internal static string MessageOf(ModelError error) =>
        string.IsNullOrWhiteSpace(error.ErrorMessage) ? "Check this answer" : error.ErrorMessage;

    private static string? FormatModelValue(object? value) => value switch
    {
        null => null,
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("d", System.Globalization.CultureInfo.CurrentCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.CurrentCulture),
        _ => value.ToString(),
    };

    // ASP.NET's default (HtmlHelperOptions.IdAttributeDotReplacement); the app never changes it.
    private static readonly string IdDotReplacement = new HtmlHelperOptions().IdAttributeDotReplacement;
}
