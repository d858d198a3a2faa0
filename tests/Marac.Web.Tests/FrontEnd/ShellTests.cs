using System.Security.Claims;
using Marac.Web.Features.Shared;
using Marac.Web.Infrastructure.Auth;
using Marac.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Http;

namespace Marac.Web.Tests.FrontEnd;

public class ShellTests
{
    private static ClaimsPrincipal UserIn(params string[] roles) =>
        new(new ClaimsIdentity(roles.Select(r => new Claim(MaracClaims.Role, r)), "Test", MaracClaims.Name, MaracClaims.Role));

    // The navigation links only features that exist; meetings, agency cases and statistics join it with their pages.
    [Fact]
    public void Each_role_sees_its_own_navigation()
    {
        ServiceNavigation.For(UserIn(MaracRoles.Coordinator)).Select(i => (i.Text, i.Href)).ShouldBe([("Referrals", "/referrals"), ("Meetings", "/meetings"),
            ("Minutes", "/minutes"), ("Actions", "/actions/overview"), ("Statistics", "/statistics"), ("Subject access", "/governance/subject-access")]);
        ServiceNavigation.For(UserIn(MaracRoles.Referrer)).Select(i => (i.Text, i.Href)).ShouldBe([("My referrals", "/referrals")]);
        ServiceNavigation.For(UserIn(MaracRoles.AgencyRepresentative)).Select(i => (i.Text, i.Href)).ShouldBe([("My referrals", "/referrals"), ("Agendas", "/agendas"), ("Minutes", "/minutes"), ("Actions", "/actions")]);
        ServiceNavigation.For(UserIn(MaracRoles.Administrator)).Select(i => (i.Text, i.Href)).ShouldBe([("Administration", "/admin")]);
        ServiceNavigation.For(UserIn(MaracRoles.PartnershipLead)).Select(i => (i.Text, i.Href)).ShouldBe([("Statistics", "/statistics")]);
        ServiceNavigation.For(UserIn()).ShouldBeEmpty();
    }

    [Fact]
    public void Roles_add_up_without_repeating_a_link()
    {
        ServiceNavigation.For(UserIn(MaracRoles.Coordinator, MaracRoles.Referrer, MaracRoles.AgencyRepresentative, MaracRoles.Administrator))
            .Select(i => i.Text)
            .ShouldBe(["Referrals", "Meetings", "Agendas", "Minutes", "Actions", "Statistics", "Subject access", "Administration"]);
    }

    [Fact]
    public void Active_staff_see_their_notifications_with_the_unread_count()
    {
        var items = ServiceNavigation.For(UserIn(MaracRoles.Referrer), unreadNotifications: 3);

        items[^1].ShouldBe(new NavigationItem("Notifications", "/notifications", 3));
    }

    [Theory]
    [InlineData("/referrals", "page")]
    [InlineData("/Referrals", "page")]
    [InlineData("/referrals/42", "true")]
    [InlineData("/referrals-old", null)]
    [InlineData("/meetings", null)]
    public void The_current_section_is_marked(string path, string? expected) =>
        new NavigationItem("Referrals", "/referrals").AriaCurrent(new PathString(path)).ShouldBe(expected);

    [Theory]
    [InlineData(1, 1, new int[0])]
    [InlineData(1, 3, new[] { 1, 2, 3 })]
    [InlineData(1, 10, new[] { 1, 2, 0, 10 })]
    [InlineData(5, 10, new[] { 1, 0, 4, 5, 6, 0, 10 })]
    [InlineData(3, 10, new[] { 1, 2, 3, 4, 0, 10 })]
    [InlineData(4, 7, new[] { 1, 2, 3, 4, 5, 6, 7 })]
    [InlineData(10, 10, new[] { 1, 0, 9, 10 })]
    public void Pagination_shows_first_last_and_neighbours_with_ellipses(int current, int total, int[] expected)
    {
        var pages = new PaginationModel(current, total, "search").Pages();

        (total > 1 ? pages.Select(p => p ?? 0) : []).ShouldBe(expected);
    }

    [Fact]
    public void Pagination_knows_when_there_are_previous_and_next_pages()
    {
        var first = new PaginationModel(1, 3, "search");
        var last = new PaginationModel(3, 3, "search", "Search.Page");

        (first.HasPrevious, first.HasNext, first.PageFieldName).ShouldBe((false, true, "page"));
        (last.HasPrevious, last.HasNext, last.PageFieldName).ShouldBe((true, false, "Search.Page"));
    }

    [Theory]
    [InlineData("DateOfBirth", "Date of birth")]
    [InlineData("NHSNumber", "NHS number")]
    [InlineData("ChildrensSocialCare", "Childrens social care")]
    [InlineData("NotKnown", "Not known")]
    [InlineData("Idva", "Idva")]
    [InlineData("Address2", "Address2")]
    public void Identifiers_read_as_words(string identifier, string expected) =>
        DisplayNames.Humanise(identifier).ShouldBe(expected);
}
