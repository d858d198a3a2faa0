using Marac.Data.Entities;
using Marac.Sharing.Categories;
using static Marac.Sharing.Categories.DataCategory;

namespace Marac.Sharing.Grants;

/// <summary>
/// The categories each kind of agency receives by default when an agenda is published to it. Location and
/// safety contacts is in no default but the IDVA's; otherwise it is granted case by case, with a reason.
/// </summary>
public static class SharingProfiles
{
    public static CategorySet DefaultFor(ReferralSource kind) => kind switch
    {
        ReferralSource.Police => CategorySet.Grantable.Without(LocationAndSafetyContacts),
        ReferralSource.Idva => CategorySet.Grantable,
        ReferralSource.PrimaryCare or ReferralSource.SecondaryCare or ReferralSource.MentalHealth
            or ReferralSource.SubstanceMisuse or ReferralSource.AdultSocialCare => Health,
        ReferralSource.ChildrensSocialCare or ReferralSource.Mash or ReferralSource.Education => ChildrensServices,
        ReferralSource.Probation => CategorySet.Of(Identity, Risk, CriminalJustice, Children, CaseManagement),
        _ => CategorySet.Of(Identity, Risk, CaseManagement),
    };

    private static CategorySet Health => CategorySet.Of(Identity, Risk, DataCategory.Health, Children, CaseManagement);

    private static CategorySet ChildrensServices => CategorySet.Of(Identity, Children, Risk, CaseManagement);
}
