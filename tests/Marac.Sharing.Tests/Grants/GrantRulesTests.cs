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
    public void Location_and_safety_contacts_needs_one_case_and_a_reason()
    {
        var wide = Valid with { Categories = CategorySet.Of(Identity, LocationAndSafetyContacts) };
        Messages(wide).ShouldBe([
            "Categories: Location and safety contacts can only be granted for one case at a time",
            "Reason: Enter why they need the victim's location and safety contacts",
        ]);
        Messages(wide with { MeetingId = null, ReferralId = 7, Reason = "IDVA arranging a refuge move" }).ShouldBeEmpty();
    }

    [Fact]
    public void A_change_needs_a_reason() =>
        GrantRules.CheckChange(Valid, Context).Select(p => p.Field).ShouldBe(["Reason"]);

    private static IEnumerable<string> Messages(GrantRequest request) =>
        GrantRules.Check(request, Context).Select(p => $"{p.Field}: {p.Message}");
}
