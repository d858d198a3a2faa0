using Marac.Data.Entities;

namespace Marac.Data.Meetings;

/// <summary>Each listed case's time, from the meeting's start and its minutes per case, in agenda order.</summary>
public static class TimeSlots
{
    public static IReadOnlyDictionary<AgendaItem, TimeOnly> For(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var start = TimeOnly.FromDateTime(meeting.StartsAt);
        return AgendaRules.Listed(meeting)
            .Select((item, index) => (item, time: start.AddMinutes(index * meeting.MinutesPerCase)))
            .ToDictionary(s => s.item, s => s.time);
    }
}
