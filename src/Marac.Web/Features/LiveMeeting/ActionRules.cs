using System.Globalization;
using Marac.Data.Configurations;
using Marac.Web.Infrastructure.GovUk;

namespace Marac.Web.Features.LiveMeeting;

/// <summary>The checks an action must pass, with a message per field of the action form.</summary>
public static class ActionRules
{
    public const int DescriptionLength = 2000;

    public static Dictionary<string, string> Check(ActionInput input, IReadOnlySet<int> agencyIds, DateOnly today, out DateOnly due)
    {
        var errors = new Dictionary<string, string>();
        if (input.OwnerAgencyId is not { } owner)
        {
            errors["OwnerAgencyId"] = LiveMessages.OwnerRequired;
        }
        else if (!agencyIds.Contains(owner))
        {
            errors["OwnerAgencyId"] = LiveMessages.OwnerUnknown;
        }
        if (string.IsNullOrWhiteSpace(input.Description))
        {
            errors["Description"] = LiveMessages.DescriptionRequired;
        }
        else if (input.Description.Trim().Length > DescriptionLength)
        {
            errors["Description"] = LiveMessages.DescriptionTooLong;
        }
        due = default;
        if (CheckDue(input.DueDate, today, out due) is { } dueError)
        {
            errors["DueDate"] = dueError;
        }
        if (input.LinkedRisk?.Trim().Length > FieldLengths.Short)
        {
            errors["LinkedRisk"] = LiveMessages.LinkedRiskTooLong;
        }
        return errors;
    }

    private static string? CheckDue(string? text, DateOnly today, out DateOnly due)
    {
        due = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return LiveMessages.DueRequired;
        }
        if (!DateOnly.TryParseExact(text.Trim(), ["yyyy-M-d", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out due))
        {
            return LiveMessages.DueInvalid;
        }
        if (!GovUkDate.IsInRange(due))
        {
            return GovUkDate.OutOfRangeMessage("The due date");
        }
        return due < today ? LiveMessages.DueInPast : null;
    }

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
