using Marac.Data.Entities;

namespace Marac.Data.Meetings;

/// <summary>
/// Each listed case's time, from the meeting's start and its minutes per case, in agenda order.
/// Cases listed for information (12 months since the last MARAC) are not discussed one by one: they
/// share the slot after the last discussed case.
/// </summary>
public static class TimeSlots
{
    public static IReadOnlyDictionary<AgendaItem, TimeOnly> For(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return For(AgendaRules.Listed(meeting).Select(i => (i, i.Section)), TimeOnly.FromDateTime(meeting.StartsAt), meeting.MinutesPerCase);
    }

    public static IReadOnlyDictionary<TKey, TimeOnly> For<TKey>(IEnumerable<(TKey Key, AgendaSection Section)> inAgendaOrder, TimeOnly start, int minutesPerCase)
        where TKey : notnull
    {
        var slots = new Dictionary<TKey, TimeOnly>();
        var next = start;
        foreach (var (key, section) in inAgendaOrder)
        {
            slots[key] = next;
            if (section != AgendaSection.TwelveMonthsSinceLastMarac)
            {
                next = next.AddMinutes(minutesPerCase);
            }
        }
        return slots;
    }
}
