using System.Globalization;
using Marac.Data;
using Marac.Data.Entities;
using Marac.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Tests.Meetings;

internal static class MeetingTestData
{
    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static DateOnly Today(this MaracWebFactory app) => UkTime.Today(app.Clock);

    /// <summary>The schedule form's fields for a meeting on <paramref name="date"/>, with the core members invited.</summary>
    public static List<KeyValuePair<string, string>> ScheduleFields(DateOnly date, string capacity = "20", string repeat = "OneOff", string count = "") =>
    [
        new("Form.Date.Day", Text(date.Day)),
        new("Form.Date.Month", Text(date.Month)),
        new("Form.Date.Year", Text(date.Year)),
        new("Form.StartTime", "9:30am"),
        new("Form.Repeat", repeat),
        new("Form.NumberOfMeetings", count),
        new("Form.Venue", "Council House, committee room 2"),
        new("Form.CaseCapacity", capacity),
        new("Form.MinutesPerCase", "12"),
    ];

    public static Task<Meeting> MeetingAsync(this MaracWebFactory app, int id) => app.WithDbAsync(db => db.Meetings.AsNoTracking()
        .Include(m => m.AgendaItems).Include(m => m.InvitedAgencies).SingleAsync(m => m.Id == id));

    public static int IdFrom(string? location) => int.Parse(location!.Split('/', '#', '?')[2], CultureInfo.InvariantCulture);
}
