using System.Net;
using Marac.Data.Demo;
using Marac.Data.Entities;
using Marac.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Marac.Web.Tests.Administration.AdminTestData;

namespace Marac.Web.Tests.Administration;

[Collection(SharedAppCollection.Name)]
public sealed class StaffAdministrationTests(MaracWebFactory app)
{
    [Fact]
    public async Task Approving_someone_waiting_for_access_gives_them_access()
    {
        var waiting = await app.AddStaffAsync(StaffUserStatus.WaitingForAccess);
        using var person = app.CreateClientAs(waiting.ObjectId);
        using var admin = app.Administrator();
        using (var before = await person.GetAsync("/referrals"))
        {
            before.IsRefused().ShouldBeTrue();
        }

        var index = await admin.GetPageAsync("/admin");
        index.QuerySelector("#waiting-count")!.TextContent.ShouldMatch(@"\d+ (people are|person is) waiting for access");
        var staff = await admin.GetPageAsync("/admin/staff");
        staff.QuerySelector("#waiting ~ table")!.TextContent.ShouldContain(waiting.Email);

        var police = await app.AgencyIdAsync(DemoAgencyNames.Police);
        using var response = await admin.SubmitMainFormAsync($"/admin/staff/{Id(waiting.Id)}",
        [
            Field("Form.AgencyId", Id(police)),
            Field("Form.Roles", nameof(AppRoles.Referrer)),
            Field("Form.Status", nameof(StaffUserStatus.Active)),
        ]);

        response.ShouldRedirectTo("/admin/staff");
        var after = await admin.GetPageAsync("/admin/staff");
        after.QuerySelector(".govuk-notification-banner--success")!.TextContent.ShouldContain($"{waiting.DisplayName} now has access");
        using var referrals = await person.GetAsync("/referrals");
        referrals.StatusCode.ShouldBe(HttpStatusCode.OK);
        var saved = await app.StaffAsync(waiting.ObjectId);
        saved.Status.ShouldBe(StaffUserStatus.Active);
        saved.Roles.ShouldBe(AppRoles.Referrer);
        saved.AgencyId.ShouldBe(police);
    }

    [Fact]
    public async Task Marking_someone_as_left_ends_their_access_on_their_next_request()
    {
        var leaver = await app.AddStaffAsync(StaffUserStatus.Active, AppRoles.Referrer, DemoAgencyNames.Housing);
        using var person = app.CreateClientAs(leaver.ObjectId);
        using var admin = app.Administrator();
        using (var before = await person.GetAsync("/referrals"))
        {
            before.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var response = await admin.SubmitMainFormAsync($"/admin/staff/{Id(leaver.Id)}", [Field("Form.Status", nameof(StaffUserStatus.Left))]);

        response.ShouldRedirectTo("/admin/staff");
        using var next = await person.GetAsync("/referrals");
        next.IsRefused().ShouldBeTrue($"got {(int)next.StatusCode} {next.RedirectTarget()}");
        using var home = await person.GetAsync("/");
        home.IsRefused().ShouldBeTrue();
        var saved = await app.StaffAsync(leaver.ObjectId);
        saved.Status.ShouldBe(StaffUserStatus.Left);
        saved.LeftAt.ShouldNotBeNull().ShouldBe(app.Clock.GetUtcNow().UtcDateTime, TimeSpan.FromSeconds(5));
        var list = await admin.GetPageAsync($"/admin/staff?Agency={Id(leaver.AgencyId!.Value)}");
        list.QuerySelector("#staff ~ table")!.TextContent.ShouldContain(leaver.DisplayName);
    }

    [Fact]
    public async Task An_administrator_cannot_remove_their_own_administrator_role_or_mark_themselves_as_left()
    {
        var self = await app.StaffAsync(DemoPartnership.AdministratorObjectId);
        using var admin = app.Administrator();
        var url = $"/admin/staff/{Id(self.Id)}";
        var page = await admin.GetPageAsync(url);
        var form = HtmlPages.FieldsOf(page.QuerySelector(MainForm)!);
        form.RemoveAll(f => f.Key is "Form.Roles" or "Form.Status");
        form.Add(Field("Form.Roles", nameof(AppRoles.Coordinator)));
        form.Add(Field("Form.Status", nameof(StaffUserStatus.Left)));

        using var response = await admin.PostAsync(url, new FormUrlEncodedContent(form));

        var result = await response.ShouldRedisplayAsync();
        result.FieldError("Form_Roles").ShouldBe("You cannot remove your own Administrator role. Ask another administrator to do it");
        result.FieldError("Form_Status").ShouldBe("You cannot mark yourself as having left. Ask another administrator to do it");
        result.QuerySelector("#Form_Roles-2")!.HasAttribute("checked").ShouldBeFalse();
        result.QuerySelector("#Form_Roles")!.HasAttribute("checked").ShouldBeTrue();
        var saved = await app.StaffAsync(DemoPartnership.AdministratorObjectId);
        saved.Roles.ShouldBe(self.Roles);
        saved.Status.ShouldBe(StaffUserStatus.Active);
    }

    [Fact]
    public async Task Tampered_roles_agency_or_status_get_messages_and_change_nothing()
    {
        var person = await app.AddStaffAsync(StaffUserStatus.WaitingForAccess);
        using var admin = app.Administrator();

        using var response = await admin.SubmitMainFormAsync($"/admin/staff/{Id(person.Id)}",
        [
            Field("Form.AgencyId", "987654"),
            Field("Form.Roles", "4096"),
            Field("Form.Status", "Deleted"),
        ]);

        var page = await response.ShouldRedisplayAsync();
        page.FieldError("Form_AgencyId").ShouldBe("Select an agency from the list");
        page.FieldError("Form_Roles").ShouldBe("Select roles from the list");
        page.FieldError("Form_Status").ShouldBe("Select whether this person has access or has left");
        (await app.StaffAsync(person.ObjectId)).Status.ShouldBe(StaffUserStatus.WaitingForAccess);
    }

    [Fact]
    public async Task A_change_made_meanwhile_by_another_administrator_is_reported()
    {
        var person = await app.AddStaffAsync(StaffUserStatus.Active, AppRoles.Referrer, DemoAgencyNames.Housing);
        using var first = app.Administrator();
        using var second = app.Administrator();
        var url = $"/admin/staff/{Id(person.Id)}";
        var openedByFirst = await first.GetPageAsync(url);

        (await second.SubmitMainFormAsync(url, [Field("Form.Roles", nameof(AppRoles.AgencyRepresentative))])).ShouldRedirectTo("/admin/staff");
        using var response = await first.SubmitMainFormAsync(openedByFirst, url, [Field("Form.Status", nameof(StaffUserStatus.Left))]);

        var page = await response.ShouldRedisplayAsync();
        page.ErrorSummary().ShouldContain("Someone else changed this person's access");
        page.QuerySelector("input[name='Form.Status'][value='Left']")!.HasAttribute("checked").ShouldBeTrue();
        var saved = await app.StaffAsync(person.ObjectId);
        saved.Status.ShouldBe(StaffUserStatus.Active);
        saved.Roles.ShouldBe(AppRoles.AgencyRepresentative);
    }

    [Fact]
    public async Task Someone_who_does_not_exist_is_not_found()
    {
        using var admin = app.Administrator();

        using var response = await admin.GetAsync("/admin/staff/987654");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
