using Marac.Data.Entities;
using Marac.Sharing.Categories;
using Marac.Sharing.Grants;
using Marac.Sharing.Registers;

namespace Marac.Sharing.Tests.Registers;

public sealed class SharingProfileRulesTests
{
    [Theory]
    [InlineData(ReferralSource.Police)]
    [InlineData(ReferralSource.Housing)]
    [InlineData(ReferralSource.PrimaryCare)]
    [InlineData(ReferralSource.ChildrensSocialCare)]
    [InlineData(ReferralSource.VoluntarySector)]
    public void Location_and_safety_contacts_is_refused_for_an_agency_that_is_not_an_idva(ReferralSource kind)
    {
        var profile = CategorySet.Of(DataCategory.Identity, DataCategory.LocationAndSafetyContacts);

        SharingProfileRules.Check(kind, profile).Single().Message.ShouldBe(SharingProfileRules.LocationOnlyForIdva);
    }

    [Fact]
    public void An_idva_may_have_every_grantable_category() =>
        SharingProfileRules.Check(ReferralSource.Idva, CategorySet.Grantable).ShouldBeEmpty();

    [Fact]
    public void Own_agency_only_can_never_be_in_a_profile() =>
        SharingProfileRules.Check(ReferralSource.Idva, CategorySet.Of(DataCategory.OwnAgencyOnly)).Single().Message.ShouldBe(SharingProfileRules.NotGrantable);

    [Fact]
    public void A_category_that_does_not_exist_is_refused() =>
        SharingProfileRules.Check(ReferralSource.Police, CategorySet.Of(DataCategory.Identity), postedMask: 1 << 20 | 1 << 1).ShouldNotBeEmpty();

    [Fact]
    public void Every_default_profile_passes() =>
        Enum.GetValues<ReferralSource>().SelectMany(k => SharingProfileRules.Check(k, SharingProfiles.DefaultFor(k))).ShouldBeEmpty();
}
