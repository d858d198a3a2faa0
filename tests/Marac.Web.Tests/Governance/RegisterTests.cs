using Marac.Data.Entities;
using Marac.Sharing.Categories;
using Marac.Sharing.Grants;
using Marac.Sharing.Registers;
using Marac.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Marac.Web.Tests.Administration.AdminTestData;

namespace Marac.Web.Tests.Governance;

[Collection(SharedAppCollection.Name)]
public sealed class RegisterTests(MaracWebFactory app)
{
    private static List<KeyValuePair<string, string>> Agency(string name, ReferralSource kind, params DataCategory[] profile)
    {
        var values = new List<KeyValuePair<string, string>>
        {
            Field("Form.Name", name),
            Field("Form.SourceCategory", kind.ToString()),
            Field("Form.ServesOnlyChildren", "false"),
            Field("Form.IsCoreMember", "false"),
            Field("Form.IsActive", "false"),
        };
        values.AddRange(profile.Select(c => Field("Form.SharingProfile", c.ToString())));
        return values;
    }

    [Fact]
    public async Task A_uk_gdpr_basis_without_its_article_9_and_schedule_1_conditions_is_refused_with_what_was_typed_kept()
    {
        using var admin = app.Administrator();
        var name = Unique("Public task basis");

        using var response = await admin.SubmitMainFormAsync("/admin/lawful-bases/new",
            [Field("Form.Name", name), Field("Form.Kind", nameof(LawfulBasisKind.UkGdpr)), Field("Form.Article6Basis", "Article 6(1)(e) public task"), Field("Form.IsActive", "true")]);

        var page = await response.ShouldRedisplayAsync();
        page.FieldError("Form_Article9Condition").ShouldNotBeNull().ShouldStartWith("Enter the UK GDPR Article 9 condition");
        page.FieldError("Form_Schedule1Condition").ShouldNotBeNull().ShouldStartWith("Enter the DPA 2018 Schedule 1 condition");
        page.FieldError("Form_Article6Basis").ShouldBeNull();
        page.ErrorSummary().ShouldContain("Article 9");
        page.ValueOf("Form_Name").ShouldBe(name);
        page.ValueOf("Form_Article6Basis").ShouldBe("Article 6(1)(e) public task");
        (await app.WithDbAsync(db => db.LawfulBases.AnyAsync(b => b.Name == name))).ShouldBeFalse();
    }

    [Theory]
    [InlineData(nameof(LawfulBasisKind.LawEnforcement), "Form_Notes")]
    [InlineData(nameof(LawfulBasisKind.RecognisedLegitimateInterest), "Form_Article6Basis")]
    public async Task Each_kind_asks_for_what_it_needs(string kind, string field)
    {
        using var admin = app.Administrator();

        using var response = await admin.SubmitMainFormAsync("/admin/lawful-bases/new", [Field("Form.Name", Unique("Basis")), Field("Form.Kind", kind)]);

        (await response.ShouldRedisplayAsync()).FieldError(field).ShouldNotBeNull();
    }

    [Fact]
    public async Task A_complete_basis_is_added_to_the_register_and_audited()
    {
        using var admin = app.Administrator();
        var name = Unique("Law enforcement basis");
        var before = await app.LastAuditSequenceAsync();

        using var response = await admin.SubmitMainFormAsync("/admin/lawful-bases/new",
            [Field("Form.Name", name), Field("Form.Kind", nameof(LawfulBasisKind.LawEnforcement)), Field("Form.Notes", "DPA 2018 Part 3: prevention of crime"), Field("Form.IsActive", "false")]);

        response.ShouldRedirectTo("/admin/lawful-bases");
        var saved = await app.WithDbAsync(db => db.LawfulBases.AsNoTracking().SingleAsync(b => b.Name == name));
        saved.Kind.ShouldBe(LawfulBasisKind.LawEnforcement);
        (await admin.GetPageAsync("/admin/lawful-bases")).QuerySelectorAll("table a").Select(a => a.TextContent).ShouldContain(name);
        (await app.AuditEventsAfterAsync(before)).ShouldContain(e => e.Action == AuditAction.Create && e.EntityType == nameof(LawfulBasis));
    }

    [Fact]
    public async Task Location_and_safety_contacts_is_refused_in_the_profile_of_an_agency_that_is_not_an_idva()
    {
        using var admin = app.Administrator();
        var name = Unique("Test housing");

        using var response = await admin.SubmitMainFormAsync("/admin/agencies/new",
            Agency(name, ReferralSource.Housing, DataCategory.Identity, DataCategory.LocationAndSafetyContacts));

        var page = await response.ShouldRedisplayAsync();
        page.FieldError("Form_SharingProfile").ShouldBe(SharingProfileRules.LocationOnlyForIdva);
        page.QuerySelector("input[name='Form.SharingProfile'][value='LocationAndSafetyContacts']")!.HasAttribute("checked").ShouldBeTrue();
        (await app.WithDbAsync(db => db.Agencies.AnyAsync(a => a.Name == name))).ShouldBeFalse();
    }

    [Fact]
    public async Task An_idva_may_receive_location_and_safety_contacts_by_default()
    {
        using var admin = app.Administrator();
        var name = Unique("Test IDVA");

        using var response = await admin.SubmitMainFormAsync("/admin/agencies/new", Agency(name, ReferralSource.Idva, DataCategory.Risk, DataCategory.LocationAndSafetyContacts));

        response.ShouldRedirectTo("/admin/agencies");
        var saved = await app.WithDbAsync(db => db.Agencies.AsNoTracking().SingleAsync(a => a.Name == name));
        new CategorySet(saved.SharingProfile).ShouldBe(CategorySet.Of(DataCategory.Risk, DataCategory.LocationAndSafetyContacts));
    }

    [Fact]
    public async Task A_new_agency_left_without_a_profile_or_basis_gets_the_usual_ones_for_its_category_and_can_change_them()
    {
        using var admin = app.Administrator();
        var name = Unique("Test health");

        (await admin.SubmitMainFormAsync("/admin/agencies/new", Agency(name, ReferralSource.PrimaryCare))).ShouldRedirectTo("/admin/agencies");

        var saved = await app.WithDbAsync(db => db.Agencies.AsNoTracking().Include(a => a.LawfulBasis).SingleAsync(a => a.Name == name));
        saved.SharingProfile.ShouldBe(SharingProfiles.DefaultFor(ReferralSource.PrimaryCare).Mask);
        saved.LawfulBasis!.Name.ShouldBe(DefaultLawfulBases.For(ReferralSource.PrimaryCare));

        var url = $"/admin/agencies/{Id(saved.Id)}";
        var edit = await admin.GetPageAsync(url);
        edit.QuerySelector("input[name='Form.SharingProfile'][value='Health']")!.HasAttribute("checked").ShouldBeTrue();
        var values = HtmlPages.FieldsOf(edit.QuerySelector(MainForm)!).Where(f => f.Key != "Form.SharingProfile").ToList();
        values.Add(Field("Form.SharingProfile", nameof(DataCategory.Identity)));
        using var changed = await admin.SubmitFormAsync(edit, url, values, MainForm);
        changed.ShouldRedirectTo("/admin/agencies");
        (await app.WithDbAsync(db => db.Agencies.AsNoTracking().SingleAsync(a => a.Id == saved.Id))).SharingProfile.ShouldBe(CategorySet.Of(DataCategory.Identity).Mask);
    }

    [Fact]
    public async Task An_agency_profile_emptied_on_its_page_asks_for_categories()
    {
        using var admin = app.Administrator();
        var name = Unique("Test probation");
        (await admin.SubmitMainFormAsync("/admin/agencies/new", Agency(name, ReferralSource.Probation))).ShouldRedirectTo("/admin/agencies");
        var url = $"/admin/agencies/{Id(await app.AgencyIdAsync(name))}";
        var edit = await admin.GetPageAsync(url);
        var values = HtmlPages.FieldsOf(edit.QuerySelector(MainForm)!).Where(f => f.Key != "Form.SharingProfile").ToList();

        // Every box unticked: the browser sends no Form.SharingProfile at all.
        using var response = await admin.PostAsync(url, new FormUrlEncodedContent(values));

        (await response.ShouldRedisplayAsync()).FieldError("Form_SharingProfile").ShouldBe("Select the categories the agency receives when an agenda is published to it");
    }

    [Fact]
    public async Task A_new_confidentiality_statement_becomes_current_and_the_old_one_stays_readable()
    {
        using var admin = app.Administrator();
        var before = await app.WithDbAsync(db => db.ConfidentialityStatements.MaxAsync(s => s.Number));
        var text = Unique("Everything said at this MARAC stays at this MARAC.");

        using var response = await admin.SubmitMainFormAsync("/admin/confidentiality-statements/new", [Field("Text", text)]);

        response.ShouldRedirectTo("/admin/confidentiality-statements");
        var list = await admin.GetPageAsync("/admin/confidentiality-statements");
        list.QuerySelector("#current")!.TextContent.ShouldContain($"{before + 1}");
        list.QuerySelector("#current-text")!.TextContent.ShouldBe(text);
        var old = await admin.GetPageAsync($"/admin/confidentiality-statements/{Id(before)}");
        old.QuerySelector(MainForm).ShouldBeNull();
        old.QuerySelector("h1")!.TextContent.ShouldContain($"Version {before}");
    }

    [Fact]
    public async Task A_new_version_saved_meanwhile_by_someone_else_is_reported_and_nothing_is_overwritten()
    {
        using var first = app.Administrator();
        using var second = app.Administrator();
        var opened = await first.GetPageAsync("/admin/confidentiality-statements/new");
        (await second.SubmitMainFormAsync("/admin/confidentiality-statements/new", [Field("Text", Unique("Second's version"))])).ShouldRedirectTo("/admin/confidentiality-statements");
        var count = await app.WithDbAsync(db => db.ConfidentialityStatements.CountAsync());

        using var response = await first.SubmitMainFormAsync(opened, "/admin/confidentiality-statements/new", [Field("Text", Unique("First's version"))]);

        (await response.ShouldRedisplayAsync()).ErrorSummary().ShouldContain("Someone else added a new version");
        (await app.WithDbAsync(db => db.ConfidentialityStatements.CountAsync())).ShouldBe(count);
    }

    [Fact]
    public async Task An_empty_statement_is_refused()
    {
        using var admin = app.Administrator();

        using var response = await admin.SubmitMainFormAsync("/admin/confidentiality-statements/new", [Field("Text", "  ")]);

        (await response.ShouldRedisplayAsync()).FieldError("Text").ShouldBe("Enter the text of the confidentiality statement");
    }
}
