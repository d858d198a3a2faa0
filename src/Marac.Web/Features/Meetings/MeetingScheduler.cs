using System.Globalization;
using Marac.Data;
using Marac.Data.Entities;
using Marac.Web.Features.Administration;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Meetings;

/// <summary>Schedules a meeting, or a series of them, from the form; every time is UK local time.</summary>
public sealed class MeetingScheduler(MaracDbContext db, TimeProvider clock)
{
    public const int MaxCapacity = 60;
    public const int MaxSeries = 52;
    private static readonly string[] TimeFormats = ["h:mmtt", "htt", "H:mm", "HH:mm", "h.mmtt", "H.mm", "h:mm tt", "h tt"];

    public Task<List<Agency>> AgenciesAsync() => db.Agencies.AsNoTracking().Where(a => a.IsActive).OrderBy(a => a.Name).ToListAsync();

    public Task<List<StaffUser>> ChairsAsync() => db.StaffUsers.AsNoTracking()
        .Where(u => u.Status == StaffUserStatus.Active && (u.Roles & AppRoles.Chair) == AppRoles.Chair)
        .OrderBy(u => u.DisplayName).ToListAsync();

    /// <summary>Checks the form and saves the meetings; the errors when it cannot.</summary>
    public async Task<(IReadOnlyList<FieldError> Errors, int? FirstId)> ScheduleAsync(MeetingForm form, bool bindingFailed)
    {
        var errors = new List<FieldError>();
        var time = ParseTime(form.StartTime, errors);
        var capacity = TypedNumber.WholeNumber(form.CaseCapacity, nameof(form.CaseCapacity), "Case capacity",
            "Enter how many cases the meeting can hear", 1, MaxCapacity, errors);
        var minutes = TypedNumber.WholeNumber(form.MinutesPerCase, nameof(form.MinutesPerCase), "Minutes per case",
            "Enter how many minutes each case has", 5, 60, errors);
        var count = form.Repeat is MeetingRepeat.OneOff or null ? 1
            : TypedNumber.WholeNumber(form.NumberOfMeetings, nameof(form.NumberOfMeetings), "Number of meetings",
                "Enter how many meetings to schedule", 2, MaxSeries, errors);
        CheckPlace(form, errors);
        await CheckPeopleAsync(form, errors);
        if (form.Date is { } date && time is { } start && date.ToDateTime(start) <= UkTime.Now(clock))
        {
            errors.Add(new FieldError(nameof(form.Date), "The meeting must be in the future"));
        }
        if (errors.Count > 0 || bindingFailed || form.Date is null || time is null || capacity is null || minutes is null || count is null)
        {
            return (errors, null);
        }
        var core = (await AgenciesAsync()).Where(a => a.IsCoreMember).Select(a => a.Id).ToHashSet();
        Guid? series = count > 1 ? Guid.NewGuid() : null;
        var meetings = Dates(form.Date.Value, form.Repeat!.Value, count.Value)
            .Select(d => NewMeeting(form, d.ToDateTime(time.Value), capacity.Value, minutes.Value, series, core))
            .ToList();
        db.Meetings.AddRange(meetings);
        await db.SaveChangesAsync();
        return ([], meetings[0].Id);
    }

    public static IEnumerable<DateOnly> Dates(DateOnly first, MeetingRepeat repeat, int count) =>
        Enumerable.Range(0, count).Select(i => repeat switch
        {
            MeetingRepeat.Weekly => first.AddDays(7 * i),
            MeetingRepeat.Fortnightly => first.AddDays(14 * i),
            MeetingRepeat.Monthly => first.AddMonths(i),
            _ => first,
        });

    internal static TimeOnly? ParseTime(string? text, ICollection<FieldError> errors)
    {
        var cleaned = (text ?? "").Trim().Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        if (cleaned.Length == 0)
        {
            errors.Add(new FieldError(nameof(MeetingForm.StartTime), "Enter the start time"));
            return null;
        }
        if (TimeOnly.TryParseExact(cleaned, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }
        errors.Add(new FieldError(nameof(MeetingForm.StartTime), "Enter the start time like 9:30am or 14:00"));
        return null;
    }

    private static void CheckPlace(MeetingForm form, List<FieldError> errors)
    {
        form.Venue = string.IsNullOrWhiteSpace(form.Venue) ? null : form.Venue.Trim();
        form.OnlineLink = string.IsNullOrWhiteSpace(form.OnlineLink) ? null : form.OnlineLink.Trim();
        if (form.Venue is null && form.OnlineLink is null)
        {
            errors.Add(new FieldError(nameof(form.Venue), "Enter a venue or an online meeting link"));
        }
        if (form.OnlineLink is not null && !(Uri.TryCreate(form.OnlineLink, UriKind.Absolute, out var link) && link.Scheme == Uri.UriSchemeHttps))
        {
            errors.Add(new FieldError(nameof(form.OnlineLink), "Enter the online meeting link in the correct format, starting with https://"));
        }
    }

    private async Task CheckPeopleAsync(MeetingForm form, List<FieldError> errors)
    {
        if (form.ChairUserId is { } chairId && !(await ChairsAsync()).Any(c => c.Id == chairId))
        {
            errors.Add(new FieldError(nameof(form.ChairUserId), "Select a chair from the list"));
        }
        var active = (await AgenciesAsync()).Select(a => a.Id).ToHashSet();
        if (form.InvitedAgencyIds.Count == 0)
        {
            errors.Add(new FieldError(nameof(form.InvitedAgencyIds), "Select the agencies invited to the meeting"));
        }
        else if (!form.InvitedAgencyIds.All(active.Contains))
        {
            errors.Add(new FieldError(nameof(form.InvitedAgencyIds), "Select agencies from the list"));
        }
    }

    private static Meeting NewMeeting(MeetingForm form, DateTime startsAt, int capacity, int minutes, Guid? series, HashSet<int> core) => new()
    {
        StartsAt = startsAt,
        Venue = form.Venue,
        OnlineLink = form.OnlineLink,
        ChairUserId = form.ChairUserId,
        Status = MeetingStatus.Scheduled,
        CaseCapacity = capacity,
        MinutesPerCase = minutes,
        SeriesId = series,
        InvitedAgencies = form.InvitedAgencyIds.Distinct()
            .Select(id => new MeetingAgency { AgencyId = id, Reason = core.Contains(id) ? InvitationReason.CoreMember : InvitationReason.ChosenByCoordinator })
            .ToList(),
    };
}
