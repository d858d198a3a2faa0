using Marac.Sharing.Categories;
using static Marac.Sharing.Categories.DataCategory;

namespace Marac.Sharing.Policy;

public enum AllowanceKind
{
    Nothing,
    /// <summary>The ceiling's categories, whatever grants say.</summary>
    Fixed,
    /// <summary>The categories of the live grants that apply, never more than the ceiling.</summary>
    UpToGrant,
    /// <summary>The referral as its referrer submitted it (a snapshot), its status and the coordinator's decision.</summary>
    AsSubmitted,
}

/// <summary>One cell of the sharing policy: what one audience sees at one phase of a case.</summary>
public sealed record Allowance(AllowanceKind Kind, CategorySet Ceiling)
{
    public static readonly CategorySet AllButRestricted = CategorySet.Grantable.Without(LocationAndSafetyContacts);

    public static Allowance Nothing { get; } = new(AllowanceKind.Nothing, CategorySet.None);

    public static Allowance Fixed(CategorySet categories) => new(AllowanceKind.Fixed, categories);

    public static Allowance UpToGrant(CategorySet ceiling) => new(AllowanceKind.UpToGrant, ceiling);

    public static Allowance AsSubmitted { get; } = new(AllowanceKind.AsSubmitted, CategorySet.Grantable);

    /// <summary>The case-wide categories this cell gives, given what the live grants that apply allow.</summary>
    public CategorySet CaseCategories(CategorySet granted) => Kind switch
    {
        AllowanceKind.Fixed => Ceiling,
        AllowanceKind.UpToGrant => granted.Intersect(Ceiling),
        _ => CategorySet.None,
    };

    /// <summary>The cell in the words of docs/sharing-policy.md.</summary>
    public string Describe() => Kind switch
    {
        AllowanceKind.Nothing => "Nothing",
        AllowanceKind.AsSubmitted => "Their referral as submitted, its status and the decision",
        AllowanceKind.Fixed when Ceiling == CategorySet.Grantable => "Everything",
        AllowanceKind.Fixed when Ceiling == AllButRestricted => "Everything but Location and safety contacts",
        AllowanceKind.UpToGrant when Ceiling == CategorySet.Grantable => "Their grant's categories",
        AllowanceKind.UpToGrant when Ceiling == AllButRestricted => "Their grant's categories, never Location and safety contacts",
        _ => $"{Kind}: {Ceiling.Labels}",
    };
}
