namespace Marac.Web.Features.Shared;

/// <summary>
/// The model of <c>_ConfirmationCheckbox.cshtml</c>: one GOV.UK checkbox in its own fieldset, for a step the user
/// must agree to (a confidentiality statement, ending a meeting). Bind <see cref="Name"/> as a bool.
/// </summary>
public sealed record ConfirmationCheckbox(string Name, string Legend, string Label, string? Error);
