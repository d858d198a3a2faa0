using Marac.Sharing.Categories;

namespace Marac.Sharing.Grants;

/// <summary>A grant as a coordinator asks for it, before it is checked.</summary>
public sealed record GrantRequest(
    int? AgencyId, int? StaffUserId, int? MeetingId, int? ReferralId, string? Purpose, int? LawfulBasisId,
    CategorySet Categories, DateTime ValidFrom, DateTime ValidTo, string? Reason);

/// <summary>
/// What the checks need to know exists. <see cref="StaffUserIds"/>: the people a grant may name, active agency
/// representatives only (never an administrator or a partnership lead); <see cref="RestrictedGrantMaxDays"/>: the
/// longest a grant of Location and safety contacts may last (partnership setting).
/// </summary>
public sealed record GrantContext(IReadOnlySet<int> AgencyIds, IReadOnlySet<int> StaffUserIds, IReadOnlySet<int> ActiveLawfulBasisIds,
    int RestrictedGrantMaxDays = 90);

/// <summary>A problem with a grant, keyed by the form field it belongs to.</summary>
public sealed record GrantProblem(string Field, string Message);

/// <summary>
/// The checks every grant made or changed by hand must pass (the sharing policy, docs/sharing-policy.md). Location
/// and safety contacts is granted only for one case at a time, to one named representative, with a reason, for at
/// most the partnership's set number of days; every grant names a lawful basis from the register and ends by 2100.
/// </summary>
public static class GrantRules
{
    public static IReadOnlyList<GrantProblem> Check(GrantRequest request, GrantContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var problems = new List<GrantProblem>();
        CheckGrantee(request, context, problems);
        if (request.MeetingId is null && request.ReferralId is null)
        {
            problems.Add(new("Scope", "Choose whether the grant covers the whole meeting or one case"));
        }
        if (string.IsNullOrWhiteSpace(request.Purpose))
        {
            problems.Add(new("Purpose", "Enter the purpose of sharing"));
        }
        CheckLawfulBasis(request, context, problems);
        CheckCategories(request, problems);
        if (request.ValidTo <= request.ValidFrom)
        {
            problems.Add(new("ValidTo", "The expiry date must be after the start date"));
        }
        else if (request.ValidTo > LatestExpiry)
        {
            problems.Add(new("ValidTo", "The expiry date must be before 1 January 2101"));
        }
        CheckRestricted(request, context, problems);
        return problems;
    }

    /// <summary>The checks for a change to an existing grant: a reason always, and the same rules on what it becomes.</summary>
    public static IReadOnlyList<GrantProblem> CheckChange(GrantRequest changed, GrantContext context)
    {
        var problems = Check(changed, context).ToList();
        if (string.IsNullOrWhiteSpace(changed.Reason) && !problems.Any(p => p.Field == "Reason"))
        {
            problems.Add(new("Reason", "Enter the reason for this change"));
        }
        return problems;
    }

    private static void CheckGrantee(GrantRequest request, GrantContext context, List<GrantProblem> problems)
    {
        if (request.AgencyId is null && request.StaffUserId is null)
        {
            problems.Add(new("AgencyId", "Choose the agency or the person to grant access to"));
        }
        else if (request.AgencyId is { } agency && !context.AgencyIds.Contains(agency))
        {
            problems.Add(new("AgencyId", "Choose an agency from the list"));
        }
        else if (request.StaffUserId is { } user && !context.StaffUserIds.Contains(user))
        {
            problems.Add(new("StaffUserId", "Choose an agency representative from the list"));
        }
    }

    private static void CheckLawfulBasis(GrantRequest request, GrantContext context, List<GrantProblem> problems)
    {
        if (request.LawfulBasisId is null)
        {
            problems.Add(new("LawfulBasisId", "Choose the lawful basis for sharing"));
        }
        else if (!context.ActiveLawfulBasisIds.Contains(request.LawfulBasisId.Value))
        {
            problems.Add(new("LawfulBasisId", "Choose a lawful basis from the partnership's register"));
        }
    }

    private static readonly DateTime LatestExpiry = new(2101, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static void CheckCategories(GrantRequest request, List<GrantProblem> problems)
    {
        if (request.Categories.IsEmpty)
        {
            problems.Add(new("Categories", "Choose at least one category of information"));
        }
    }

    private static void CheckRestricted(GrantRequest request, GrantContext context, List<GrantProblem> problems)
    {
        if (!request.Categories.Contains(DataCategory.LocationAndSafetyContacts))
        {
            return;
        }
        if (request.ReferralId is null)
        {
            problems.Add(new("Categories", "Location and safety contacts can only be granted for one case at a time"));
        }
        if (request.StaffUserId is null)
        {
            problems.Add(new("StaffUserId", "Location and safety contacts can only be granted to one named representative: choose the person"));
        }
        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            problems.Add(new("Reason", "Enter why they need the victim's location and safety contacts"));
        }
        if (request.ValidTo > request.ValidFrom.AddDays(context.RestrictedGrantMaxDays))
        {
            problems.Add(new("ValidTo", $"A grant of location and safety contacts can last at most {context.RestrictedGrantMaxDays} days"));
        }
    }
}
