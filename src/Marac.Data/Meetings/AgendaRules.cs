using System.Globalization;
using Marac.Data.Entities;

namespace Marac.Data.Meetings;

/// <summary>What an agenda edit came to: an error for the user, or the changes to record.</summary>
public sealed record AgendaEdit(string? Error, IReadOnlyList<AgendaChange> Changes, AgendaItem? NewItem = null)
{
    public bool Succeeded => Error is null;

    public static AgendaEdit Refused(string error) => new(error, []);
}

/// <summary>Who edits an agenda, and when (UTC).</summary>
public sealed record AgendaEditor(int? UserId, DateTime Now);

/// <summary>
/// The coordinator's changes to an agenda, as plain rules on the meeting's entities: add (an urgent case
/// after the cut-off needs a reason), remove and defer (each with a reason), reorder within a section.
/// A case is never listed at two meetings at once, and its referring agencies are always invited.
/// </summary>
public static class AgendaRules
{
    public static IEnumerable<AgendaItem> Listed(Meeting meeting) =>
        meeting.AgendaItems.Where(i => i.Status == AgendaItemStatus.Listed).OrderBy(i => i.Section).ThenBy(i => i.Order).ThenBy(i => i.Id);

    public static AgendaEdit Add(Meeting meeting, AgendaCandidate candidate, DateOnly cutOff, string? reason, AgendaEditor editor)
    {
        reason = Clean(reason);
        if (candidate.Status != ReferralStatus.Accepted)
        {
            return AgendaEdit.Refused($"{candidate.Reference} cannot be listed: only accepted referrals not yet heard can be listed");
        }
        if (meeting.AgendaItems.Any(i => i.ReferralId == candidate.ReferralId && i.Status == AgendaItemStatus.Listed))
        {
            return AgendaEdit.Refused($"{candidate.Reference} is already on this agenda");
        }
        if (candidate.ListedAtMeetingId is { } elsewhere && elsewhere != meeting.Id)
        {
            return AgendaEdit.Refused($"{candidate.Reference} is already listed at another meeting. Remove or defer it there first");
        }
        var late = candidate.ReceivedOn > cutOff;
        if (late && reason is null)
        {
            return AgendaEdit.Refused($"Enter why {candidate.Reference} is urgent: it arrived after the cut-off");
        }
        var item = new AgendaItem
        {
            MeetingId = meeting.Id,
            ReferralId = candidate.ReferralId,
            Section = AgendaBuilder.SectionOf(candidate),
            Order = NextOrder(meeting),
            Status = AgendaItemStatus.Listed,
            AddedReason = reason,
            AddedAfterCutOff = late,
        };
        meeting.AgendaItems.Add(item);
        InviteReferringAgencies(meeting, candidate.ReferringAgencyIds);
        return new AgendaEdit(null, [Change(meeting.Id, candidate.ReferralId, AgendaChangeKind.Added, reason, editor)], item);
    }

    public static AgendaEdit Remove(Meeting meeting, AgendaItem item, string? reason, AgendaEditor editor)
    {
        reason = Clean(reason);
        if (item.Status != AgendaItemStatus.Listed)
        {
            return AgendaEdit.Refused("Only a case still listed can be removed");
        }
        if (reason is null)
        {
            return AgendaEdit.Refused("Enter why you are removing the case from the agenda");
        }
        meeting.AgendaItems.Remove(item);
        return new AgendaEdit(null, [Change(meeting.Id, item.ReferralId, AgendaChangeKind.Removed, reason, editor)]);
    }

    /// <summary>
    /// Marks the item deferred and returns the new listing at <paramref name="next"/>. Save the deferral
    /// before adding <see cref="AgendaEdit.NewItem"/>: a case is listed at one meeting at a time.
    /// </summary>
    public static AgendaEdit Defer(Meeting meeting, AgendaItem item, Meeting? next, IReadOnlyList<int> referringAgencyIds, string? reason, AgendaEditor editor)
    {
        reason = Clean(reason);
        if (item.Status != AgendaItemStatus.Listed)
        {
            return AgendaEdit.Refused("Only a case still listed can be deferred");
        }
        if (reason is null)
        {
            return AgendaEdit.Refused("Enter why you are deferring the case");
        }
        if (next is null)
        {
            return AgendaEdit.Refused("Schedule the next meeting before deferring a case to it");
        }
        item.Status = AgendaItemStatus.Deferred;
        item.StatusReason = reason;
        var moved = new AgendaItem
        {
            MeetingId = next.Id,
            ReferralId = item.ReferralId,
            Section = item.Section,
            Order = NextOrder(next),
            Status = AgendaItemStatus.Listed,
            AddedReason = $"Deferred from the meeting on {meeting.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}: {reason}",
        };
        InviteReferringAgencies(next, referringAgencyIds);
        return new AgendaEdit(null,
        [
            Change(meeting.Id, item.ReferralId, AgendaChangeKind.Deferred, reason, editor),
            Change(next.Id, item.ReferralId, AgendaChangeKind.DeferredFromEarlierMeeting, reason, editor),
        ], moved);
    }

    /// <summary>Swaps the item with its neighbour in the same section; at either end nothing changes.</summary>
    public static AgendaEdit Move(Meeting meeting, AgendaItem item, bool up, AgendaEditor editor)
    {
        var section = Listed(meeting).Where(i => i.Section == item.Section).ToList();
        var index = section.IndexOf(item);
        var other = index < 0 ? -1 : up ? index - 1 : index + 1;
        if (other < 0 || other >= section.Count)
        {
            return AgendaEdit.Refused(up ? "The case is already first in its section" : "The case is already last in its section");
        }
        Renumber(meeting);
        (item.Order, section[other].Order) = (section[other].Order, item.Order);
        return new AgendaEdit(null, [Change(meeting.Id, item.ReferralId, AgendaChangeKind.Reordered, up ? "Moved up" : "Moved down", editor)]);
    }

    /// <summary>Invites every referring agency of a listed case; an agency already invited keeps its reason.</summary>
    public static void InviteReferringAgencies(Meeting meeting, IEnumerable<int> agencyIds)
    {
        foreach (var agencyId in agencyIds.Distinct())
        {
            if (meeting.InvitedAgencies.All(a => a.AgencyId != agencyId))
            {
                meeting.InvitedAgencies.Add(new MeetingAgency { MeetingId = meeting.Id, AgencyId = agencyId, Reason = InvitationReason.ReferringAgency });
            }
        }
    }

    private static void Renumber(Meeting meeting)
    {
        var order = 1;
        foreach (var listed in Listed(meeting).ToList())
        {
            listed.Order = order++;
        }
    }

    private static int NextOrder(Meeting meeting) =>
        meeting.AgendaItems.Where(i => i.Status == AgendaItemStatus.Listed).Select(i => i.Order).DefaultIfEmpty(0).Max() + 1;

    private static AgendaChange Change(int meetingId, int? referralId, AgendaChangeKind kind, string? reason, AgendaEditor editor) => new()
    {
        MeetingId = meetingId,
        ReferralId = referralId,
        Kind = kind,
        Reason = reason,
        ChangedAt = editor.Now,
        ChangedByUserId = editor.UserId,
    };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
