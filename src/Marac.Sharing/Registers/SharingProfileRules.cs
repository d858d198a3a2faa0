using Marac.Data.Entities;
using Marac.Sharing.Categories;

namespace Marac.Sharing.Registers;

/// <summary>
/// What an agency's default sharing profile may hold: only grantable categories, and Location and safety
/// contacts only for an IDVA service; every other agency receives it case by case, with a reason.
/// </summary>
public static class SharingProfileRules
{
    public const string LocationOnlyForIdva =
        "Location and safety contacts can only be in the default profile of an IDVA service. Other agencies are given it case by case, with a reason";

    public const string NotGrantable = "Select only the categories listed";

    public static IReadOnlyList<RegisterProblem> Check(ReferralSource kind, CategorySet profile, int postedMask)
    {
        var problems = new List<RegisterProblem>();
        if (postedMask != profile.Mask || !profile.IsSubsetOf(CategorySet.Grantable))
        {
            problems.Add(new(nameof(Agency.SharingProfile), NotGrantable));
        }
        else if (profile.Contains(DataCategory.LocationAndSafetyContacts) && kind != ReferralSource.Idva)
        {
            problems.Add(new(nameof(Agency.SharingProfile), LocationOnlyForIdva));
        }
        return problems;
    }

    public static IReadOnlyList<RegisterProblem> Check(ReferralSource kind, CategorySet profile) => Check(kind, profile, profile.Mask);
}
