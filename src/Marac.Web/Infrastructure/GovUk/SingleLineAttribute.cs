using System.ComponentModel.DataAnnotations;

namespace Marac.Web.Infrastructure.GovUk;

/// <summary>
/// A one-line answer (a name, a place): no line breaks or other control characters, which would break lists,
/// exports and e-mail headers. The message is GOV.UK style and names the field.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SingleLineAttribute : ValidationAttribute
{
    public SingleLineAttribute() : base("{0} must be on one line, without line breaks or special characters") { }

    public override bool IsValid(object? value) => value is not string text || !text.Any(char.IsControl);
}
