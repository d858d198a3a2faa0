using Marac.Data.Entities;
using Marac.Sharing.Categories;
using Marac.Sharing.Grants;
using static Marac.Sharing.Categories.DataCategory;

namespace Marac.Sharing.Tests.Grants;

public sealed class CaseAccessRulesTests
{
    private const int CaseId = 10;
    private const int MeetingId = 3;
    private const int Police = 1;
    private const int Housing = 2;
    private const int Schools = 5;
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    private static readonly CaseFacts AdultOnlyCase = new(CaseId, CreatedByUserId: 99, IsAccepted: true,
        HasChildren: false, MeetingIds: new HashSet<int> { MeetingId }, ChairUserIds: new HashSet<int> { 50 });

    private static CaseViewer Representative(int userId, int agencyId, bool childrenOnly = false) =>
        new(userId, agencyId, AppRoles.AgencyRepresentative, childrenOnly);

    private static GrantFacts MeetingGrant(int agencyId, CategorySet categories, DateTime? revokedAt = null, DateTime? validTo = null) =>
        new(7, agencyId, null, MeetingId, null, categories, Now.AddDays(-2), validTo ?? Now.AddDays(20), revokedAt);

    [Fact]
    public void A_representative_sees_the_categories_of_their_agencys_live_grant_for_the_meeting()
    {
        var access = CaseAccessRules.Decide(Representative(20, Housing), AdultOnlyCase,
            [MeetingGrant(Housing, CategorySet.Of(Identity, Risk, CaseManagement))], [], Now);

        access.Basis.ShouldBe(AccessBasis.Grant);
        access.GrantId.ShouldBe(7);
        access.Granted.ShouldBe(CategorySet.Of(Identity, Risk, CaseManagement));
        access.ForReferral.Contains(LocationAndSafetyContacts).ShouldBeFalse();
    }

    [Fact]
    public void Another_agencys_grant_gives_nothing()
    {
        var access = CaseAccessRules.Decide(Representative(20, Housing), AdultOnlyCase, [MeetingGrant(Police, CategorySet.Grantable)], [], Now);
        access.Allowed.ShouldBeFalse();
    }

    [Fact]
    public void An_expired_or_revoked_grant_gives_nothing()
    {
        var viewer = Representative(20, Housing);
        CaseAccessRules.Decide(viewer, AdultOnlyCase, [MeetingGrant(Housing, CategorySet.Grantable, validTo: Now.AddSeconds(-1))], [], Now)
            .Allowed.ShouldBeFalse();
        CaseAccessRules.Decide(viewer, AdultOnlyCase, [MeetingGrant(Housing, CategorySet.Grantable, revokedAt: Now.AddHours(-1))], [], Now)
            .Allowed.ShouldBeFalse();
    }

    [Fact]
    public void A_grant_names_an_agency_only_for_its_representatives()
    {
        var referrerOfHousing = new CaseViewer(21, Housing, AppRoles.Referrer);
        CaseAccessRules.Decide(referrerOfHousing, AdultOnlyCase, [MeetingGrant(Housing, CategorySet.Grantable)], [], Now).Allowed.ShouldBeFalse();
    }

    [Fact]
    public void A_children_only_agency_is_never_covered_for_an_adult_only_case_by_a_meeting_grant()
    {
        var access = CaseAccessRules.Decide(Representative(30, Schools, childrenOnly: true), AdultOnlyCase,
            [MeetingGrant(Schools, CategorySet.Grantable)], [], Now);
        access.Allowed.ShouldBeFalse();

        var withChildren = AdultOnlyCase with { HasChildren = true };
        CaseAccessRules.Decide(Representative(30, Schools, childrenOnly: true), withChildren, [MeetingGrant(Schools, CategorySet.Grantable)], [], Now)
            .Allowed.ShouldBeTrue();
    }

    [Fact]
    public void Exclusion_beats_every_grant_and_every_role_coordinators_included()
    {
        var coordinator = new CaseViewer(40, Police, AppRoles.Coordinator | AppRoles.AgencyRepresentative);
        CaseAccessRules.Decide(coordinator, AdultOnlyCase, [MeetingGrant(Police, CategorySet.Grantable)], [new ExclusionFacts(40, null)], Now)
            .RefusedBecause.ShouldBe("excluded");

        var representative = Representative(20, Housing);
        CaseAccessRules.Decide(representative, AdultOnlyCase, [MeetingGrant(Housing, CategorySet.Grantable)], [new ExclusionFacts(null, Housing)], Now)
            .Allowed.ShouldBeFalse();
    }

    [Fact]
    public void The_referring_person_sees_only_their_referral_as_submitted()
    {
        var access = CaseAccessRules.Decide(new CaseViewer(99, Police, AppRoles.Referrer), AdultOnlyCase, [], [], Now);

        access.Basis.ShouldBe(AccessBasis.Supplier);
        access.Supplied.ShouldBe(CategorySet.Grantable);
        access.Granted.IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void Other_staff_of_the_referring_agency_see_nothing_without_a_meeting_grant()
    {
        CaseAccessRules.Decide(Representative(22, Police), AdultOnlyCase, [], [], Now).Allowed.ShouldBeFalse();
    }

    [Fact]
    public void Before_acceptance_neither_a_grant_nor_the_chair_opens_the_case()
    {
        var submitted = AdultOnlyCase with { IsAccepted = false };
        CaseAccessRules.Decide(Representative(20, Housing), submitted, [MeetingGrant(Housing, CategorySet.Grantable)], [], Now)
            .RefusedBecause.ShouldBe("not yet accepted");
        CaseAccessRules.Decide(new CaseViewer(50, Police, AppRoles.Chair | AppRoles.AgencyRepresentative), submitted, [], [], Now)
            .RefusedBecause.ShouldBe("not yet accepted");
    }

    [Fact]
    public void A_draft_is_its_authors_alone_coordinators_included()
    {
        var draft = AdultOnlyCase with { IsAccepted = false, IsDraft = true };
        CaseAccessRules.Decide(new CaseViewer(99, Police, AppRoles.Referrer), draft, [], [], Now).Allowed.ShouldBeTrue();
        CaseAccessRules.Decide(new CaseViewer(40, null, AppRoles.Coordinator), draft, [], [], Now).Allowed.ShouldBeFalse();
        CaseAccessRules.Decide(Representative(20, Housing), draft, [MeetingGrant(Housing, CategorySet.Grantable)], [], Now).Allowed.ShouldBeFalse();
    }

    [Fact]
    public void A_chair_sees_the_cases_of_the_meetings_they_chair_only_and_never_location_without_a_grant()
    {
        var access = CaseAccessRules.Decide(new CaseViewer(50, null, AppRoles.Chair), AdultOnlyCase, [], [], Now);
        access.Basis.ShouldBe(AccessBasis.Chair);
        access.Granted.ShouldBe(CategorySet.Grantable.Without(LocationAndSafetyContacts));
        CaseAccessRules.Decide(new CaseViewer(51, null, AppRoles.Chair), AdultOnlyCase, [], [], Now).Allowed.ShouldBeFalse();
    }

    [Fact]
    public void A_meeting_grant_never_carries_location_except_to_the_idva_service()
    {
        var grant = MeetingGrant(Housing, CategorySet.Grantable);
        CaseAccessRules.Decide(Representative(20, Housing), AdultOnlyCase, [grant], [], Now).Granted
            .ShouldBe(CategorySet.Grantable.Without(LocationAndSafetyContacts));
        var idva = new CaseViewer(20, Housing, AppRoles.AgencyRepresentative, AgencyIsIdva: true);
        CaseAccessRules.Decide(idva, AdultOnlyCase, [grant], [], Now).Granted.ShouldBe(CategorySet.Grantable);
    }

    [Fact]
    public void A_case_grant_to_one_named_representative_covers_that_case_only()
    {
        var grant = new GrantFacts(8, null, 60, null, CaseId, CategorySet.Of(Identity, LocationAndSafetyContacts), Now.AddDays(-1), Now.AddDays(1), null);
        CaseAccessRules.Decide(Representative(60, Housing), AdultOnlyCase, [grant], [], Now).Granted
            .ShouldBe(CategorySet.Of(Identity, LocationAndSafetyContacts));
        CaseAccessRules.Decide(Representative(60, Housing), AdultOnlyCase with { ReferralId = 11 }, [grant], [], Now)
            .Allowed.ShouldBeFalse();
    }

    [Theory]
    [InlineData(AppRoles.Referrer)]
    [InlineData(AppRoles.Administrator)]
    [InlineData(AppRoles.PartnershipLead)]
    [InlineData(AppRoles.Administrator | AppRoles.AgencyRepresentative)]
    public void A_grant_naming_anyone_but_a_representative_gives_nothing(AppRoles roles)
    {
        var grant = new GrantFacts(8, null, 60, null, CaseId, CategorySet.Grantable, Now.AddDays(-1), Now.AddDays(1), null);
        CaseAccessRules.Decide(new CaseViewer(60, Housing, roles), AdultOnlyCase, [grant], [], Now).Allowed.ShouldBeFalse();
    }

    [Fact]
    public void Partnership_leads_and_administrators_see_no_case()
    {
        CaseAccessRules.Decide(new CaseViewer(70, null, AppRoles.PartnershipLead | AppRoles.Administrator), AdultOnlyCase, [], [], Now)
            .Allowed.ShouldBeFalse();
    }
}
