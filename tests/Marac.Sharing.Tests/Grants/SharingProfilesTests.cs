using Marac.Data.Entities;
using Marac.Sharing.Categories;
using Marac.Sharing.Grants;
using static Marac.Sharing.Categories.DataCategory;

namespace Marac.Sharing.Tests.Grants;

public sealed class SharingProfilesTests
{
    [Fact]
    public void Location_and_safety_contacts_is_in_no_default_profile_but_the_idvas()
    {
        foreach (var kind in Enum.GetValues<ReferralSource>())
        {
            SharingProfiles.DefaultFor(kind).Contains(LocationAndSafetyContacts).ShouldBe(kind == ReferralSource.Idva, kind.ToString());
        }
    }

    [Theory]
    [InlineData(ReferralSource.Police, new[] { Identity, Risk, Health, CriminalJustice, Children, Equality, CaseManagement })]
    [InlineData(ReferralSource.SecondaryCare, new[] { Identity, Risk, Health, Children, CaseManagement })]
    [InlineData(ReferralSource.ChildrensSocialCare, new[] { Identity, Children, Risk, CaseManagement })]
    [InlineData(ReferralSource.Education, new[] { Identity, Children, Risk, CaseManagement })]
    [InlineData(ReferralSource.Housing, new[] { Identity, Risk, CaseManagement })]
    public void Defaults_follow_the_brief(ReferralSource kind, DataCategory[] expected) =>
        SharingProfiles.DefaultFor(kind).ShouldBe(CategorySet.Of(expected));

    [Theory]
    [InlineData(ReferralSource.Police, 254)]
    [InlineData(ReferralSource.Idva, 510)]
    [InlineData(ReferralSource.ChildrensSocialCare, 166)]
    [InlineData(ReferralSource.SecondaryCare, 174)]
    [InlineData(ReferralSource.Probation, 182)]
    [InlineData(ReferralSource.Housing, 134)]
    public void The_migration_that_set_up_existing_agencies_used_the_same_profiles(ReferralSource kind, int maskInMigration) =>
        SharingProfiles.DefaultFor(kind).Mask.ShouldBe(maskInMigration);

    [Fact]
    public void A_category_set_round_trips_through_its_stored_mask()
    {
        var set = CategorySet.Of(Identity, LocationAndSafetyContacts);
        new CategorySet(set.Mask).ShouldBe(set);
        set.ToString().ShouldBe("Identity,LocationAndSafetyContacts");
        CategorySet.Grantable.Contains(OwnAgencyOnly).ShouldBeFalse();
    }
}
