using Marac.Sharing.Categories;

namespace Marac.Sharing.Grants;

/// <summary>Why a viewer may see a case.</summary>
public enum AccessBasis
{
    None = 0,
    Coordinator = 1,
    Chair = 2,
    /// <summary>The referring person: their referral as they submitted it (a snapshot), its status and the decision.</summary>
    Supplier = 3,
    Grant = 4,
}

/// <summary>
/// The outcome of the access rules for one viewer and one case. <see cref="Granted"/> applies to everything
/// in the case; <see cref="Supplied"/> applies to the referral form only, and only to the referring person's
/// snapshot of it as they submitted it, never the live record.
/// </summary>
public sealed record CaseAccess(AccessBasis Basis, CategorySet Granted, CategorySet Supplied, int? GrantId, string? RefusedBecause)
{
    public bool Allowed => Basis != AccessBasis.None;

    /// <summary>What the viewer sees of the referral form.</summary>
    public CategorySet ForReferral => Granted.Union(Supplied);

    public static CaseAccess Refused(string reason) => new(AccessBasis.None, CategorySet.None, CategorySet.None, null, reason);
}
