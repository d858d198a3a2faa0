using Marac.Data.Entities;
using Marac.Web.Tests.Infrastructure;
using static Marac.Web.Tests.Administration.AdminTestData;

namespace Marac.Web.Tests.Administration;

[Collection(SharedAppCollection.Name)]
public sealed class AdministrationAccessTests(MaracWebFactory app)
{
    public static TheoryData<string> AdminPages() => ["/admin", "/admin/agencies", "/admin/agencies/new", "/admin/agencies/1", "/admin/staff", "/admin/staff/1", "/admin/settings"];

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task A_coordinator_is_refused_every_administration_page(string url)
    {
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);

        using var response = await coordinator.GetAsync(url);

        response.IsRefused().ShouldBeTrue($"{url} gave {(int)response.StatusCode} {response.RedirectTarget()}");
    }

    [Fact]
    public async Task A_coordinator_cannot_post_to_an_administration_page()
    {
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);
        var before = await app.LastAuditSequenceAsync();

        using var response = await coordinator.PostAsync("/admin/settings",
            new FormUrlEncodedContent([Field("Form.PartnershipName", "Taken over"), Field("Form.AdultFemalePopulation", "1")]));

        response.IsRefused().ShouldBeTrue();
        (await app.AuditEventsAfterAsync(before)).ShouldNotContain(e => e.EntityType == nameof(PartnershipSettings));
    }

    [Fact]
    public async Task An_administrator_sees_the_administration_pages()
    {
        using var admin = app.Administrator();

        foreach (var url in new[] { "/admin", "/admin/agencies", "/admin/agencies/new", "/admin/staff", "/admin/settings" })
        {
            var page = await admin.GetPageAsync(url);
            page.QuerySelector("h1").ShouldNotBeNull(url);
        }
    }
}
