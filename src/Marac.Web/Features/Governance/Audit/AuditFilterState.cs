using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marac.Web.Features.Governance.Audit;

/// <summary>Turns what binding and the filter's own rules say about a filter into GOV.UK messages by field.</summary>
public static class AuditFilterState
{
    public static void Check(ModelStateDictionary modelState, AuditFilter filter)
    {
        const string prefix = "Filter";
        // With no filter in the query string at all, binding says the (non-nullable) filter is required: it is not.
        modelState.Remove(prefix);
        Replace(modelState, $"{prefix}.{nameof(AuditFilter.Action)}", "Select an action from the list");
        Replace(modelState, $"{prefix}.{nameof(AuditFilter.UserId)}", "Select a member of staff from the list");
        Replace(modelState, $"{prefix}.{nameof(AuditFilter.ReferralId)}", "Referral ID must be a whole number, like 1234");
        Replace(modelState, $"{prefix}.{nameof(AuditFilter.PageNumber)}", "Select a page");
        foreach (var problem in filter.Problems())
        {
            var key = $"{prefix}.{problem.Field}";
            if (!modelState.TryGetValue(key, out var entry) || entry.Errors.Count == 0)
            {
                modelState.AddModelError(key, problem.Message);
            }
        }
    }

    private static void Replace(ModelStateDictionary modelState, string key, string message)
    {
        if (modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
        {
            entry.Errors.Clear();
            entry.Errors.Add(message);
        }
    }
}
