using Marac.Data.Entities;
using Marac.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Marac.Web.Tests.Administration.AdminTestData;
using static Marac.Web.Tests.Meetings.MeetingTestData;

namespace Marac.Web.Tests.Meetings;

[Collection(SharedAppCollection.Name)]
public sealed class MeetingSchedulingTests(MaracWebFactory app)
{
    [Fact]
    public async Task A_meeting_in_the_past_is_refused_with_what_was_typed_kept()
    {
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);

        using var response = await coordinator.SubmitMainFormAsync("/meetings/new", ScheduleFields(app.Today().AddDays(-1)));

        var page = await response.ShouldRedisplayAsync();
        page.FieldError("Form_Date").ShouldBe("The meeting must be in the future");
        page.ValueOf("Form_Date_Day").ShouldBe(Text(app.Today().AddDays(-1).Day));
        page.ValueOf("Form_Venue").ShouldBe("Council House, committee room 2");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("500")]
    public async Task A_capacity_of_none_or_hundreds_is_refused(string capacity)
    {
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);

        using var response = await coordinator.SubmitMainFormAsync("/meetings/new", ScheduleFields(app.Today().AddDays(30), capacity));

        var page = await response.ShouldRedisplayAsync();
        page.FieldError("Form_CaseCapacity").ShouldBe("Case capacity must be between 1 and 60");
        page.ValueOf("Form_CaseCapacity").ShouldBe(capacity);
    }

    [Fact]
    public async Task A_start_time_that_is_not_a_time_and_no_place_are_explained()
    {
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);
        var fields = ScheduleFields(app.Today().AddDays(30));
        fields.RemoveAll(f => f.Key is "Form.StartTime" or "Form.Venue");
        fields.Add(new("Form.StartTime", "half nine"));

        using var response = await coordinator.SubmitMainFormAsync("/meetings/new", fields);

        var page = await response.ShouldRedisplayAsync();
        page.FieldError("Form_StartTime").ShouldBe("Enter the start time like 9:30am or 14:00");
        page.FieldError("Form_Venue").ShouldBe("Enter a venue or an online meeting link");
    }

    [Fact]
    public async Task A_fortnightly_series_is_scheduled_in_UK_time_with_the_core_members_invited()
    {
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);
        var first = app.Today().AddDays(400);

        using var response = await coordinator.SubmitMainFormAsync("/meetings/new", ScheduleFields(first, repeat: "Fortnightly", count: "3"));

        ((int)response.StatusCode).ShouldBe(302);
        var id = IdFrom(response.RedirectTarget());
        var series = await app.WithDbAsync(async db =>
        {
            var seriesId = await db.Meetings.Where(m => m.Id == id).Select(m => m.SeriesId).SingleAsync();
            return await db.Meetings.AsNoTracking().Include(m => m.InvitedAgencies).Where(m => m.SeriesId == seriesId).OrderBy(m => m.StartsAt).ToListAsync();
        });
        series.Select(m => m.StartsAt).ShouldBe(new[] { 0, 14, 28 }.Select(d => first.AddDays(d).ToDateTime(new TimeOnly(9, 30))));
        var core = await app.WithDbAsync(db => db.Agencies.Where(a => a.IsCoreMember && a.IsActive).Select(a => a.Id).ToListAsync());
        series[0].InvitedAgencies.Select(a => a.AgencyId).ShouldBe(core, ignoreOrder: true);
        series.ShouldAllBe(m => m.CaseCapacity == 20 && m.MinutesPerCase == 12 && m.Status == MeetingStatus.Scheduled);
    }
}
