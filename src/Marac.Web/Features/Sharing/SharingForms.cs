using Marac.Data;
using Marac.Sharing.Categories;
using Marac.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marac.Web.Features.Sharing;

/// <summary>What the grant forms share: category choices, and turning dates and problems into the form's terms.</summary>
public static class SharingForms
{
    public static IReadOnlyList<GovUkItem> CategoryItems { get; } = CategorySet.Grantable
        .Select(c => new GovUkItem(c.ToString(), c.Label())
        {
            Hint = c == DataCategory.LocationAndSafetyContacts ? "Restricted: one case at a time, with a reason." : null,
        })
        .ToList();

    /// <summary>The end of a UK day, as the UTC instant a grant expires.</summary>
    public static DateTime EndOfUkDay(DateOnly date) => UkTime.ToUtc(date.AddDays(1).ToDateTime(TimeOnly.MinValue));

    /// <summary>The UK date a grant's last day falls on.</summary>
    public static DateOnly LastUkDay(DateTime validToUtc) => DateOnly.FromDateTime(UkTime.FromUtc(validToUtc).AddTicks(-1));

    public static void AddProblems(ModelStateDictionary modelState, IEnumerable<Marac.Sharing.Grants.GrantProblem> problems, Func<string, string> fieldName)
    {
        foreach (var problem in problems)
        {
            modelState.AddModelError(fieldName(problem.Field), problem.Message);
        }
    }
}
