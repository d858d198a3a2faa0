using System.Globalization;
using Marac.Data.Entities;

namespace Marac.Data.Meetings;

/// <summary>The meeting an agenda is proposed for.</summary>
/// <param name="NextMeetingDate">Where cases over capacity move to, when it is scheduled.</param>
public sealed record AgendaMeeting(int MeetingId, DateOnly Date, int CaseCapacity, DateOnly CutOff, DateOnly? NextMeetingDate);

/// <summary>
/// Proposes an agenda in SafeLives order: (1) incomplete actions from previous meetings, (2) cases with
/// children, (3) adult-only cases, (4) for information, cases last heard 12 months ago this month.
/// Candidates are accepted referrals not yet heard (and heard cases whose actions are still open), received by the cut-off and not listed at another
/// meeting; within a section repeats come first, then the longest waiting. Capacity counts the cases to
/// discuss (sections 1 to 3); cases for information only do not take a discussion slot.
/// </summary>
public static class AgendaBuilder
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    public static AgendaProposal Propose(AgendaMeeting meeting, IEnumerable<AgendaCandidate> cases, IEnumerable<AgendaCandidate> heardAYearAgo)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var free = cases.Where(c => c.ListedAtMeetingId is null || c.ListedAtMeetingId == meeting.MeetingId).ToList();
        // Heard cases come back only for their incomplete actions (the first section).
        var eligible = free.Where(c => c.Status == ReferralStatus.Accepted || (c.Status == ReferralStatus.Heard && c.HasIncompleteActions)).ToList();
        var onTime = eligible.Where(c => c.ReceivedOn <= meeting.CutOff).ToList();
        var late = eligible.Where(c => c.ReceivedOn > meeting.CutOff)
            .OrderBy(c => c.ReceivedOn).ThenBy(c => c.ReferralId)
            .Select(c => new HeldBackCase(c, $"Arrived on {Date(c.ReceivedOn)}, after the cut-off on {Date(meeting.CutOff)}. It can be added as an urgent case, with a reason."))
            .ToList();

        var ranked = onTime.OrderBy(SectionOf).ThenBy(c => c.IsRepeat ? 0 : 1).ThenBy(c => c.ReceivedOn).ThenBy(c => c.ReferralId).ToList();
        var discussed = ranked.Take(meeting.CaseCapacity).ToList();
        var overflow = ranked.Skip(meeting.CaseCapacity)
            .Select(c => new HeldBackCase(c, OverflowReason(meeting)))
            .ToList();

        var forInformation = heardAYearAgo
            .Where(c => IsTwelveMonthsThisMonth(c.LastHeardOn, meeting.Date) && discussed.All(d => d.ReferralId != c.ReferralId))
            .Where(c => c.ListedAtMeetingId is null || c.ListedAtMeetingId == meeting.MeetingId)
            .OrderBy(c => c.LastHeardOn).ThenBy(c => c.ReferralId);
        var items = discussed.Select(c => (Case: c, Section: SectionOf(c)))
            .Concat(forInformation.Select(c => (Case: c, Section: AgendaSection.TwelveMonthsSinceLastMarac)))
            .Select((entry, index) => new ProposedItem(entry.Case, entry.Section, index + 1))
            .ToList();
        return new AgendaProposal(meeting.CutOff, items, overflow, late);
    }

    public static AgendaSection SectionOf(AgendaCandidate candidate) =>
        candidate.HasIncompleteActions ? AgendaSection.IncompleteActions
        : candidate.HasChildren ? AgendaSection.CasesWithChildren
        : AgendaSection.AdultOnlyCases;

    /// <summary>Last heard in the same calendar month one year before the meeting.</summary>
    public static bool IsTwelveMonthsThisMonth(DateOnly? lastHeardOn, DateOnly meetingDate) =>
        lastHeardOn is { } heard && heard.Year == meetingDate.Year - 1 && heard.Month == meetingDate.Month;

    private static string OverflowReason(AgendaMeeting meeting) =>
        $"Over capacity: this meeting takes {meeting.CaseCapacity} cases. " +
        (meeting.NextMeetingDate is { } next
            ? $"Moves to the next meeting on {Date(next)}."
            : "Moves to the next meeting, once one is scheduled.");

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Uk);
}
