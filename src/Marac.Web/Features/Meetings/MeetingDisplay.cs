using System.Globalization;
using Marac.Data.Entities;

namespace Marac.Web.Features.Meetings;

/// <summary>How meeting pages show dates, times and statuses (UK local time throughout).</summary>
public static class MeetingDisplay
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateTime ukLocal) => ukLocal.ToString("dddd d MMMM yyyy", Uk);

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Uk);

    public static string Time(TimeOnly time) => time.ToString(time.Minute == 0 ? "htt" : "h:mmtt", Uk).ToLowerInvariant();

    public static string Time(DateTime ukLocal) => Time(TimeOnly.FromDateTime(ukLocal));

    public static string Status(MeetingStatus status) => status switch
    {
        MeetingStatus.Scheduled => "Agenda not published",
        MeetingStatus.Published => "Agenda published",
        MeetingStatus.InProgress => "In progress",
        MeetingStatus.Concluded => "Finished",
        _ => "Cancelled",
    };

    public static string Section(AgendaSection section) => section switch
    {
        AgendaSection.IncompleteActions => "1. Incomplete actions from previous meetings",
        AgendaSection.CasesWithChildren => "2. Cases with children",
        AgendaSection.AdultOnlyCases => "3. Adult-only cases",
        _ => "4. For information: 12 months since the last MARAC",
    };
}
