using System.Globalization;
using Marac.Data;
using Marac.Data.Entities;
using Marac.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Administration;

/// <summary>A problem with one field of an administration form; <see cref="Field"/> is the form property's name.</summary>
public sealed record FieldError(string Field, string Message);

public enum AdminSaveOutcome { Saved, Invalid, Conflict, NotFound }

/// <summary>What saving an administration form came to: saved (with the record's id), refused with field errors, a conflict, or no such record.</summary>
public sealed record AdminSaveResult(AdminSaveOutcome Outcome, int? Id, IReadOnlyList<FieldError> Errors)
{
    public static AdminSaveResult Saved(int id) => new(AdminSaveOutcome.Saved, id, []);

    public static AdminSaveResult Invalid(IReadOnlyList<FieldError> errors) => new(AdminSaveOutcome.Invalid, null, errors);

    public static AdminSaveResult Conflict(IReadOnlyList<FieldError> errors) => new(AdminSaveOutcome.Conflict, null, errors);

    public static AdminSaveResult NotFound { get; } = new(AdminSaveOutcome.NotFound, null, []);
}

/// <summary>
/// Saves a change to a record the user saw at <c>version</c>: a different version is a conflict (with the form's
/// errors, so they are shown too), errors refuse it, and a version changed between the read and the save is a
/// conflict as well. <c>apply</c> makes the change once both checks have passed.
/// </summary>
public static class VersionedSave
{
    public static async Task<AdminSaveResult> SaveAsync(MaracDbContext db, object entity, int id, Guid? version,
        IReadOnlyList<FieldError> errors, Action apply, CancellationToken ct = default)
    {
        var stored = db.Entry(entity).Property("Version");
        if (version != (Guid?)stored.CurrentValue)
        {
            return AdminSaveResult.Conflict(errors);
        }
        if (errors.Count > 0)
        {
            return AdminSaveResult.Invalid(errors);
        }
        stored.OriginalValue = version!.Value;
        apply();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return AdminSaveResult.Conflict([]);
        }
        return AdminSaveResult.Saved(id);
    }
}

/// <summary>Model-state helpers the administration pages share.</summary>
public static class AdminModelState
{
    /// <summary>
    /// Replaces whatever model binding said about <paramref name="key"/> (such as "The value '99' is not
    /// valid for ...", after a tampered radio or select) with a plain message, so users never see framework wording.
    /// </summary>
    public static void ReplaceErrors(this ModelStateDictionary modelState, string key, string message)
    {
        // Only when something was posted: an empty answer keeps its own message ("Select ...").
        if (modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 && !string.IsNullOrEmpty(entry.AttemptedValue))
        {
            entry.Errors.Clear();
            entry.Errors.Add(message);
        }
    }

    /// <summary>
    /// As <see cref="ReplaceErrors"/>, for a collection: errors on <paramref name="key"/> or any of its
    /// elements (<c>{key}[0]</c>) become one message on <paramref name="key"/>.
    /// </summary>
    public static void ReplaceCollectionErrors(this ModelStateDictionary modelState, string key, string message)
    {
        var failed = modelState
            .Where(e => e.Value is { Errors.Count: > 0 } && (e.Key == key || e.Key.StartsWith(key + "[", StringComparison.Ordinal)))
            .Select(e => e.Key)
            .ToList();
        if (failed.Count == 0)
        {
            return;
        }
        foreach (var failedKey in failed)
        {
            modelState[failedKey]!.Errors.Clear();
        }
        modelState.AddModelError(key, message);
    }

    /// <summary>Adds each error under <c>{prefix}.{field}</c>, where the form's tag helpers look for it.</summary>
    public static void AddErrors(this ModelStateDictionary modelState, string prefix, IEnumerable<FieldError> errors)
    {
        foreach (var error in errors)
        {
            var key = error.Field.Length == 0 ? "" : $"{prefix}.{error.Field}";
            if (GovUkFieldHasNoError(modelState, key))
            {
                modelState.AddModelError(key, error.Message);
            }
        }
    }

    // GOV.UK shows one message per field: keep the first.
    private static bool GovUkFieldHasNoError(ModelStateDictionary modelState, string key) =>
        key.Length == 0 || !modelState.TryGetValue(key, out var entry) || entry.Errors.Count == 0;
}

/// <summary>
/// Reads numbers typed into text inputs, with GOV.UK wording for each problem
/// ("Adult female population must be a whole number", "... must be between 1 and 30").
/// Thousands separators, spaces and a trailing % are accepted.
/// </summary>
public static class TypedNumber
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    /// <param name="tooSmallMessage">Said instead of "between min and max" when the maximum is only a sanity limit.</param>
    public static int? WholeNumber(string? text, string field, string name, string emptyMessage, int min, int max, ICollection<FieldError> errors,
        string? tooSmallMessage = null)
    {
        var value = Parse(text, field, name, emptyMessage, min, max, decimals: 0, errors, tooSmallMessage);
        return value is { } v ? (int)v : null;
    }

    public static decimal? Number(string? text, string field, string name, string emptyMessage, decimal min, decimal max, int decimals, ICollection<FieldError> errors) =>
        Parse(text, field, name, emptyMessage, min, max, decimals, errors, tooSmallMessage: null);

    /// <summary>How a stored number is shown in a form: no trailing zeros, no grouping ("26.5", "144000").</summary>
    public static string Show(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    public static string Show(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static decimal? Parse(string? text, string field, string name, string emptyMessage, decimal min, decimal max, int decimals,
        ICollection<FieldError> errors, string? tooSmallMessage)
    {
        var cleaned = (text ?? "").Trim().Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (cleaned.EndsWith('%'))
        {
            cleaned = cleaned[..^1];
        }
        if (cleaned.Length == 0)
        {
            errors.Add(new FieldError(field, emptyMessage));
            return null;
        }
        if (!decimal.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            errors.Add(new FieldError(field, decimals == 0 ? $"{name} must be a whole number" : $"{name} must be a number, like 26 or 26.5"));
            return null;
        }
        if (decimals == 0 && value != decimal.Truncate(value))
        {
            errors.Add(new FieldError(field, $"{name} must be a whole number"));
            return null;
        }
        if (value < min && tooSmallMessage is not null)
        {
            errors.Add(new FieldError(field, tooSmallMessage));
            return null;
        }
        if (value < min || value > max)
        {
            errors.Add(new FieldError(field, $"{name} must be between {Format(min)} and {Format(max)}"));
            return null;
        }
        if (decimal.Round(value, decimals) != value)
        {
            errors.Add(new FieldError(field, $"{name} must have no more than {decimals} decimal places"));
            return null;
        }
        return value;
    }

    private static string Format(decimal value) => value.ToString("#,##0.##", Uk);
}

/// <summary>How the administration pages show dates, times and roles.</summary>
public static class AdminDisplay
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", Uk);

    /// <summary>A stored UTC instant in UK local time: "3 Mar 2025 at 2:15pm".</summary>
    public static string When(DateTime utc)
    {
        var local = UkTime.FromUtc(utc);
        return local.ToString("d MMM yyyy 'at' h:mm", Uk) + (local.Hour < 12 ? "am" : "pm");
    }

    public static string Roles(AppRoles roles) =>
        roles == AppRoles.None ? "No roles" : string.Join(", ", MaracRoles.NamesOf(roles).Select(RoleNames.Describe));

    /// <summary>The six app roles as checkbox items, each with what it allows.</summary>
    public static IReadOnlyList<Infrastructure.GovUk.GovUkItem> RoleItems { get; } =
    [
        new(nameof(AppRoles.Coordinator), RoleNames.Describe(MaracRoles.Coordinator)) { Hint = "Takes referrals, builds agendas, runs meetings and decides what each agency may see." },
        new(nameof(AppRoles.Chair), RoleNames.Describe(MaracRoles.Chair)) { Hint = "Chairs meetings and sees what a coordinator sees for those meetings." },
        new(nameof(AppRoles.AgencyRepresentative), RoleNames.Describe(MaracRoles.AgencyRepresentative)) { Hint = "Represents their agency: sees the cases shared with it." },
        new(nameof(AppRoles.Referrer), RoleNames.Describe(MaracRoles.Referrer)) { Hint = "Makes referrals and follows their own." },
        new(nameof(AppRoles.PartnershipLead), RoleNames.Describe(MaracRoles.PartnershipLead)) { Hint = "Sees statistics only, never a person's details." },
        new(nameof(AppRoles.Administrator), RoleNames.Describe(MaracRoles.Administrator)) { Hint = "Manages agencies, staff and settings, and reads the audit trail." },
    ];
}
