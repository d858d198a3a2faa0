using System.Net;
using Marac.Data.Entities;
using Marac.Web.Tests.Infrastructure;
using Marac.Web.Tests.Minutes;
using Microsoft.EntityFrameworkCore;
using static Marac.Web.Tests.Administration.AdminTestData;
using static Marac.Web.Tests.Meetings.MeetingTestData;

namespace Marac.Web.Tests.Actions;

/// <summary>The next agenda's first section lists the cases whose actions from earlier meetings are still open.</summary>
public sealed class IncompleteActionsAgendaTests(MaracWebFactory app) : IClassFixture<MaracWebFactory>
{
    [Fact]
    public async Task A_heard_case_with_an_open_action_is_proposed_in_the_first_section()
    {
        var earlier = await app.ConcludedMeetingAsync(Data.UkTime.Now(app.Clock).Date.AddDays(-20).AddHours(10));
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);
        var latest = await app.WithDbAsync(db => db.Meetings.MaxAsync(m => m.StartsAt));
        using var scheduled = await coordinator.SubmitMainFormAsync("/meetings/new", ScheduleFields(DateOnly.FromDateTime(latest).AddDays(35)));
        scheduled.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = IdFrom(scheduled.RedirectTarget());

        using var proposed = await coordinator.SubmitFormAsync($"/meetings/{id}", formSelector: "#propose-agenda");

        proposed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var items = await app.WithDbAsync(db => db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == id).ToListAsync());
        items.ShouldContain(i => i.ReferralId == earlier.FirstReferralId && i.Section == AgendaSection.IncompleteActions);
        items.ShouldNotContain(i => i.ReferralId == earlier.SecondReferralId, "a heard case without open actions does not come back");
    }
}
