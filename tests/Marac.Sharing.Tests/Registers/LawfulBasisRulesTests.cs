using Marac.Data.Entities;
using Marac.Sharing.Registers;

namespace Marac.Sharing.Tests.Registers;

public sealed class LawfulBasisRulesTests
{
    private static LawfulBasis Basis(LawfulBasisKind kind, string? article6 = null, string? article9 = null, string? schedule1 = null, string? notes = null) =>
        new() { Name = "Test basis", Kind = kind, Article6Basis = article6, Article9Condition = article9, Schedule1Condition = schedule1, Notes = notes };

    [Fact]
    public void Every_default_basis_meets_the_rules() =>
        DefaultLawfulBases.Create().SelectMany(LawfulBasisRules.Check).ShouldBeEmpty();

    /// <summary>The bad-input list: a lawful basis missing the conditions its kind requires.</summary>
    public static TheoryData<LawfulBasis, string[]> Incomplete => new()
    {
        { Basis(LawfulBasisKind.UkGdpr), [nameof(LawfulBasis.Article6Basis), nameof(LawfulBasis.Article9Condition), nameof(LawfulBasis.Schedule1Condition)] },
        { Basis(LawfulBasisKind.UkGdpr, "6(1)(e)"), [nameof(LawfulBasis.Article9Condition), nameof(LawfulBasis.Schedule1Condition)] },
        { Basis(LawfulBasisKind.UkGdpr, "6(1)(e)", "9(2)(g)"), [nameof(LawfulBasis.Schedule1Condition)] },
        { Basis(LawfulBasisKind.UkGdpr, "6(1)(e)", "  ", "para 18"), [nameof(LawfulBasis.Article9Condition)] },
        { Basis(LawfulBasisKind.LawEnforcement, "6(1)(e)"), [nameof(LawfulBasis.Notes)] },
        { Basis(LawfulBasisKind.RecognisedLegitimateInterest, notes: "voluntary sector"), [nameof(LawfulBasis.Article6Basis)] },
        { Basis((LawfulBasisKind)99, "6(1)(e)"), [nameof(LawfulBasis.Kind)] },
    };

    [Theory]
    [MemberData(nameof(Incomplete))]
    public void A_basis_missing_what_its_kind_requires_is_refused_field_by_field(LawfulBasis basis, string[] fields) =>
        LawfulBasisRules.Check(basis).Select(p => p.Field).ShouldBe(fields);

    [Fact]
    public void A_basis_with_no_name_is_refused()
    {
        var basis = Basis(LawfulBasisKind.RecognisedLegitimateInterest, "6(1)(ea)");
        basis.Name = " ";
        LawfulBasisRules.Check(basis).Single().Message.ShouldBe("Enter a name for the lawful basis");
    }

    [Fact]
    public void Law_enforcement_needs_only_its_part_3_purpose() =>
        LawfulBasisRules.Check(Basis(LawfulBasisKind.LawEnforcement, notes: "Prevention and detection of crime")).ShouldBeEmpty();
}
