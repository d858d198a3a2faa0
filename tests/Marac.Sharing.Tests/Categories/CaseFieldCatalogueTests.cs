using Marac.Data.Providers;
using Marac.Sharing.Categories;
using Microsoft.EntityFrameworkCore;

namespace Marac.Sharing.Tests.Categories;

public sealed class CaseFieldCatalogueTests
{
    [Fact]
    public void Every_stored_field_of_a_case_has_a_data_category()
    {
        using var db = new SqliteMaracDbContext(new DbContextOptionsBuilder<SqliteMaracDbContext>().UseSqlite("Data Source=:memory:").Options);
        var unclassified = CaseFieldCatalogue.CaseEntities
            .SelectMany(type => db.Model.FindEntityType(type)!.GetProperties().Select(p => (type, p.Name)))
            .Where(field => !field.Name.Contains("TempId", StringComparison.Ordinal))
            .Where(field => !CaseFieldCatalogue.IsClassified(field.type, field.Name))
            .Select(field => $"{field.type.Name}.{field.Name}");

        unclassified.ShouldBeEmpty("add each new case field to CaseFieldCatalogue with its data category");
    }

    [Fact]
    public void Every_catalogued_field_exists_in_the_model()
    {
        using var db = new SqliteMaracDbContext(new DbContextOptionsBuilder<SqliteMaracDbContext>().UseSqlite("Data Source=:memory:").Options);
        var stale = CaseFieldCatalogue.All
            .Where(f => db.Model.FindEntityType(f.Entity)?.FindProperty(f.Field) is null)
            .Select(f => $"{f.Entity.Name}.{f.Field}");
        stale.ShouldBeEmpty();
    }

    [Fact]
    public void Every_entity_that_refers_to_a_referral_or_person_is_treated_as_part_of_a_case()
    {
        using var db = new SqliteMaracDbContext(new DbContextOptionsBuilder<SqliteMaracDbContext>().UseSqlite("Data Source=:memory:").Options);
        var caseRoots = new[] { typeof(Marac.Data.Entities.Referral), typeof(Marac.Data.Entities.Person) };
        var missing = db.Model.GetEntityTypes()
            .Where(e => e.GetForeignKeys().Any(fk => caseRoots.Contains(fk.PrincipalEntityType.ClrType)))
            .Select(e => e.ClrType)
            .Where(t => !CaseFieldCatalogue.CaseEntities.Contains(t))
            .Select(t => t.Name);
        missing.ShouldBeEmpty("an entity holding case data must be listed in CaseFieldCatalogue.CaseEntities and classified");
    }

    [Theory]
    [InlineData("Address")]
    [InlineData("Postcode")]
    [InlineData("Phone")]
    [InlineData("SafeTimesToCall")]
    public void A_victims_whereabouts_and_safe_contact_details_are_restricted(string field) =>
        CaseFieldCatalogue.CategoryOf(typeof(Marac.Data.Entities.Person), field).ShouldBe(DataCategory.LocationAndSafetyContacts);

    [Fact]
    public void Who_it_is_not_safe_to_talk_to_is_restricted() =>
        CaseFieldCatalogue.CategoryOf<Marac.Data.Entities.Referral>(r => r.NotSafeToTalkTo).ShouldBe(DataCategory.LocationAndSafetyContacts);
}
