using System.Net;
using Marac.Data.Demo;
using Marac.Data.Entities;
using Marac.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Marac.Web.Tests.Administration.AdminTestData;

namespace Marac.Web.Tests.Administration;

[Collection(SharedAppCollection.Name)]
public sealed class AgencyAdministrationTests(MaracWebFactory app)
{
    private static List<KeyValuePair<string, string>> NewAgency(string name, string tenant = "") =>
    [
        Field("Form.Name", name),
        Field("Form.SourceCategory", nameof(ReferralSource.VoluntarySector)),
        Field("Form.ServesOnlyChildren", "false"),
        Field("Form.TenantId", tenant),
        Field("Form.InformationSharingAgreementDate.Day", "4"),
        Field("Form.InformationSharingAgreementDate.Month", "3"),
        Field("Form.InformationSharingAgreementDate.Year", "2021"),
        // Inactive and not a core member, so the agency changes nothing for other tests sharing the app.
        Field("Form.IsCoreMember", "false"),
        Field("Form.IsActive", "false"),
    ];

    [Fact]
    public async Task An_administrator_adds_an_agency_and_sees_it_listed()
    {
        using var admin = app.Administrator();
        var name = Unique("Test Women's Aid");
        var tenant = Guid.NewGuid();
        var before = await app.LastAuditSequenceAsync();

        using var response = await admin.SubmitMainFormAsync("/admin/agencies/new", NewAgency(name, tenant.ToString("N")));

        response.ShouldRedirectTo("/admin/agencies");
        var list = await admin.GetPageAsync("/admin/agencies");
        list.QuerySelector(".govuk-notification-banner--success")!.TextContent.ShouldContain($"Agency added: {name}");
        list.QuerySelectorAll("table a").Select(a => a.TextContent).ShouldContain(name);

        var saved = await app.WithDbAsync(db => db.Agencies.AsNoTracking().SingleAsync(a => a.Name == name));
        saved.SourceCategory.ShouldBe(ReferralSource.VoluntarySector);
        saved.TenantId.ShouldBe(tenant);
        saved.InformationSharingAgreementDate.ShouldBe(new DateOnly(2021, 3, 4));
        saved.IsCoreMember.ShouldBeFalse();
        saved.IsActive.ShouldBeFalse();
        var audit = await app.AuditEventsAfterAsync(before);
        audit.ShouldContain(e => e.Action == AuditAction.Create && e.EntityType == nameof(Agency) && e.EntityId == Id(saved.Id));
    }

    [Fact]
    public async Task A_name_already_taken_and_a_tenant_id_that_is_not_a_guid_get_messages_by_the_fields_with_what_was_typed_kept()
    {
        using var admin = app.Administrator();
        var taken = DemoAgencyNames.Police.ToUpperInvariant();
        var count = await app.WithDbAsync(db => db.Agencies.CountAsync());

        using var response = await admin.SubmitMainFormAsync("/admin/agencies/new", NewAgency(taken, "not-a-tenant-id"));

        var page = await response.ShouldRedisplayAsync();
        page.FieldError("Form_Name").ShouldBe($"There is already an agency called {taken}. Enter a different name, or change the existing agency");
        page.FieldError("Form_TenantId").ShouldNotBeNull().ShouldStartWith("Enter the Entra tenant ID in the correct format");
        page.ErrorSummary().ShouldContain("There is already an agency called");
        page.QuerySelector(".govuk-error-summary a[href='#Form_TenantId']").ShouldNotBeNull();
        page.ValueOf("Form_Name").ShouldBe(taken);
        page.ValueOf("Form_TenantId").ShouldBe("not-a-tenant-id");
        page.ValueOf("Form_InformationSharingAgreementDate_Year").ShouldBe("2021");
        page.QuerySelector("input[name='Form.SourceCategory'][value='VoluntarySector']")!.HasAttribute("checked").ShouldBeTrue();
        (await app.WithDbAsync(db => db.Agencies.CountAsync())).ShouldBe(count);
    }

    [Fact]
    public async Task An_empty_form_asks_for_each_answer()
    {
        using var admin = app.Administrator();

        using var response = await admin.SubmitMainFormAsync("/admin/agencies/new");

        var page = await response.ShouldRedisplayAsync();
        page.FieldError("Form_Name").ShouldBe("Enter the agency's name");
        page.FieldError("Form_SourceCategory").ShouldBe("Select the agency's SafeLives referral source category");
    }

    [Fact]
    public async Task A_tampered_category_or_an_impossible_date_gets_a_message_not_an_error_page()
    {
        using var admin = app.Administrator();
        var values = NewAgency(Unique("Tampered agency"));
        values.RemoveAll(v => v.Key is "Form.SourceCategory" or "Form.InformationSharingAgreementDate.Day" or "Form.InformationSharingAgreementDate.Month");
        values.Add(Field("Form.SourceCategory", "999"));
        values.Add(Field("Form.InformationSharingAgreementDate.Day", "31"));
        values.Add(Field("Form.InformationSharingAgreementDate.Month", "2"));

        using var response = await admin.SubmitMainFormAsync("/admin/agencies/new", values);

        var page = await response.ShouldRedisplayAsync();
        page.FieldError("Form_SourceCategory").ShouldBe("Select the agency's SafeLives referral source category from the list");
        page.ErrorSummary().ShouldContain("must be a real date");
    }

    [Fact]
    public async Task A_change_made_meanwhile_by_another_administrator_is_reported_and_what_was_typed_is_kept()
    {
        using var first = app.Administrator();
        using var second = app.Administrator();
        var name = Unique("Concurrency agency");
        (await first.SubmitMainFormAsync("/admin/agencies/new", NewAgency(name))).ShouldRedirectTo("/admin/agencies");
        var id = await app.AgencyIdAsync(name);
        var url = $"/admin/agencies/{Id(id)}";
        var openedByFirst = await first.GetPageAsync(url);

        (await second.SubmitMainFormAsync(url, [Field("Form.Name", name + " (renamed)")])).ShouldRedirectTo("/admin/agencies");
        using var response = await first.SubmitMainFormAsync(openedByFirst, url, [Field("Form.Name", name + " (first)"), Field("Form.ServesOnlyChildren", "true")]);

        var page = await response.ShouldRedisplayAsync();
        page.ErrorSummary().ShouldContain("Someone else changed this agency");
        page.ValueOf("Form_Name").ShouldBe(name + " (first)");
        page.QuerySelector(".govuk-inset-text")!.TextContent.ShouldContain(name + " (renamed)");
        (await app.WithDbAsync(db => db.Agencies.AsNoTracking().SingleAsync(a => a.Id == id))).Name.ShouldBe(name + " (renamed)");

        // Saving again, having seen the other change, replaces it.
        using var again = await first.SubmitMainFormAsync(page, url);
        again.ShouldRedirectTo("/admin/agencies");
        (await app.WithDbAsync(db => db.Agencies.AsNoTracking().SingleAsync(a => a.Id == id))).Name.ShouldBe(name + " (first)");
    }

    [Fact]
    public async Task An_agency_that_does_not_exist_is_not_found()
    {
        using var admin = app.Administrator();

        using var response = await admin.GetAsync("/admin/agencies/987654");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
