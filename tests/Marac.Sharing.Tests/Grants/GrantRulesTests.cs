using Marac.Sharing.Categories;
using Marac.Sharing.Grants;
using static Marac.Sharing.Categories.DataCategory;

namespace Marac.Sharing.Tests.Grants;

public sealed class GrantRulesTests
{
    private static readonly DateTime Start = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);
    private static readonly GrantContext Context = new(new HashSet<int> { 1, 2 }, new HashSet<int> { 10 }, new HashSet<int> { 5 });
    private static readonly GrantRequest Valid = new(1, null, 3, null, "Preparing for the meeting", 5,
        CategorySet.Of(Identity, Risk), Start, Start.AddDays(28), null);

    [Fact]
    public void A_complete_grant_passes() => GrantRules.Check(Valid, Context).ShouldBeEmpty();

    [Fact]
    public void A_grant_with_no_lawful_basis_is_refused() =>
        Messages(Valid with { LawfulBasisId = null }).ShouldBe(["LawfulBasisId: Choose the lawful basis for sharing"]);

    [Fact]
    public void A_lawful_basis_not_in_the_register_is_refused() =>
        Messages(Valid with { LawfulBasisId = 99 }).ShouldBe(["LawfulBasisId: Choose a lawful basis from the partnership's register"]);

    [Fact]
    public void An_expiry_before_its_start_is_refused() =>
        Messages(Valid with { ValidTo = Start.AddDays(-1) }).ShouldBe(["ValidTo: The expiry date must be after the start date"]);

    [Fact]
    public void A_grant_to_an_agency_that_does_not_exist_is_refused() =>
        Messages(Valid with { AgencyId = 404 }).ShouldBe(["AgencyId: Choose an agency from the list"]);

    [Fact]
    public void Location_and_safety_contacts_needs_one_case_one_named_representative_and_a_reason()
    {
        var wide = Valid with { Categories = CategorySet.Of(Identity, LocationAndSafetyContacts) };
        Messages(wide).ShouldBe([
            "Categories: Location and safety contacts can only be granted for one case at a time",
            "StaffUserId: Location and safety contacts can only be granted to one named representative: choose the person",
            "Reason: Enter why they need the victim's location and safety contacts",
        ]);
        Messages(wide with { MeetingId = null, ReferralId = 7, StaffUserId = 10, Reason = "IDVA arranging a refuge move" }).ShouldBeEmpty();
    }

    [Fact]
    public void Finding_4_location_cannot_go_to_someone_who_is_not_a_representative_nor_last_beyond_the_partnerships_limit()
    {
        // Policy: a one-case grant with a reason, to a representative, for at most the set time (default 90 days).
        var restricted = Valid with
        {
            MeetingId = null, ReferralId = 7, StaffUserId = 10, Reason = "Refuge move", Categories = CategorySet.Of(LocationAndSafetyContacts),
        };
        Messages(restricted with { StaffUserId = 11 }).ShouldBe(["StaffUserId: Choose an agency representative from the list"]);
        Messages(restricted with { ValidTo = Start.AddDays(91) }).ShouldBe(["ValidTo: A grant of location and safety contacts can last at most 90 days"]);
        Messages(restricted with { ValidTo = Start.AddDays(90) }).ShouldBeEmpty();
        Messages(Valid with { ValidTo = new DateTime(2999, 12, 31, 0, 0, 0, DateTimeKind.Utc) })
            .ShouldBe(["ValidTo: The expiry date must be before 1 January 2101"]);
    }

    [Fact]
    public void A_change_needs_a_reason() =>
        GrantRules.CheckChange(Valid, Context).Select(p => p.Field).ShouldBe(["Reason"]);

    private static IEnumerable<string> Messages(GrantRequest request) =>
        GrantRules.Check(request, Context).Select(p => $"{p.Field}: {p.Message}");
}
