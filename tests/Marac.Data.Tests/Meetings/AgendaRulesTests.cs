using Marac.Data.Entities;
using Marac.Data.Meetings;

namespace Marac.Data.Tests.Meetings;

public sealed class AgendaRulesTests
{
    private static readonly DateOnly CutOff = new(2026, 2, 27);
    private static readonly AgendaEditor Coordinator = new(7, new DateTime(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc));

    private static Meeting NewMeeting(int id, int day) => new() { Id = id, StartsAt = new DateTime(2026, 3, day, 9, 30, 0), MinutesPerCase = 12 };

    private static AgendaCandidate Case(int id, DateOnly received, int? listedAt = null, bool children = false, params int[] agencies) =>
        new(id, $"MARAC-{id}", ReferralStatus.Accepted, received, children, false, agencies.Length == 0 ? [50] : agencies, listedAt);

    [Fact]
    public void An_urgent_case_can_be_added_after_the_cut_off_only_with_a_reason()
    {
        var meeting = NewMeeting(1, 12);
        var late = Case(1, CutOff.AddDays(3));

        AgendaRules.Add(meeting, late, CutOff, "  ", Coordinator).Error.ShouldBe("Enter why MARAC-1 is urgent: it arrived after the cut-off");
        var added = AgendaRules.Add(meeting, late, CutOff, "Threats to kill on Friday", Coordinator);

        added.Succeeded.ShouldBeTrue();
        added.NewItem!.AddedAfterCutOff.ShouldBeTrue();
        added.NewItem.AddedReason.ShouldBe("Threats to kill on Friday");
        added.Changes.ShouldHaveSingleItem().Kind.ShouldBe(AgendaChangeKind.Added);
    }

    [Fact]
    public void A_case_is_never_listed_at_two_meetings_at_once()
    {
        var meeting = NewMeeting(1, 12);

        AgendaRules.Add(meeting, Case(1, CutOff, listedAt: 2), CutOff, null, Coordinator).Error
            .ShouldBe("MARAC-1 is already listed at another meeting. Remove or defer it there first");
        AgendaRules.Add(meeting, Case(2, CutOff), CutOff, null, Coordinator).Succeeded.ShouldBeTrue();
        AgendaRules.Add(meeting, Case(2, CutOff), CutOff, null, Coordinator).Error.ShouldBe("MARAC-2 is already on this agenda");
        meeting.AgendaItems.Count.ShouldBe(1);
    }

    [Fact]
    public void The_referring_agencies_are_always_invited()
    {
        var meeting = NewMeeting(1, 12);
        meeting.InvitedAgencies.Add(new MeetingAgency { AgencyId = 5, Reason = InvitationReason.CoreMember });

        AgendaRules.Add(meeting, Case(1, CutOff, agencies: [5, 9]), CutOff, null, Coordinator);

        meeting.InvitedAgencies.Select(a => (a.AgencyId, a.Reason)).ShouldBe([(5, InvitationReason.CoreMember), (9, InvitationReason.ReferringAgency)]);
    }

    [Fact]
    public void Deferral_moves_the_case_to_the_next_meeting_with_the_reason_kept()
    {
        var meeting = NewMeeting(1, 12);
        var next = NewMeeting(2, 19);
        var item = AgendaRules.Add(meeting, Case(1, CutOff), CutOff, null, Coordinator).NewItem!;

        AgendaRules.Defer(meeting, item, next, [50], "", Coordinator).Error.ShouldBe("Enter why you are deferring the case");
        AgendaRules.Defer(meeting, item, null, [50], "Referrer on leave", Coordinator).Error.ShouldNotBeNull();
        var deferred = AgendaRules.Defer(meeting, item, next, [50], "The referrer cannot attend", Coordinator);

        item.Status.ShouldBe(AgendaItemStatus.Deferred);
        item.StatusReason.ShouldBe("The referrer cannot attend");
        deferred.NewItem!.MeetingId.ShouldBe(2);
        deferred.NewItem.Status.ShouldBe(AgendaItemStatus.Listed);
        next.InvitedAgencies.ShouldHaveSingleItem().AgencyId.ShouldBe(50);
        deferred.Changes.Select(c => (c.MeetingId, c.Kind)).ShouldBe([(1, AgendaChangeKind.Deferred), (2, AgendaChangeKind.DeferredFromEarlierMeeting)]);
    }

    [Fact]
    public void Removing_needs_a_reason_and_reordering_stays_within_a_section()
    {
        var meeting = NewMeeting(1, 12);
        var first = AgendaRules.Add(meeting, Case(1, CutOff, children: true), CutOff, null, Coordinator).NewItem!;
        var second = AgendaRules.Add(meeting, Case(2, CutOff, children: true), CutOff, null, Coordinator).NewItem!;
        var adult = AgendaRules.Add(meeting, Case(3, CutOff), CutOff, null, Coordinator).NewItem!;

        AgendaRules.Move(meeting, second, up: true, Coordinator).Succeeded.ShouldBeTrue();
        AgendaRules.Listed(meeting).ShouldBe([second, first, adult]);
        AgendaRules.Move(meeting, adult, up: true, Coordinator).Error.ShouldBe("The case is already first in its section");
        AgendaRules.Remove(meeting, first, null, Coordinator).Error.ShouldBe("Enter why you are removing the case from the agenda");
        AgendaRules.Remove(meeting, first, "Victim moved to another area", Coordinator).Succeeded.ShouldBeTrue();
        AgendaRules.Listed(meeting).ShouldBe([second, adult]);
    }

    [Fact]
    public void Time_slots_follow_from_the_start_time_and_minutes_per_case()
    {
        var meeting = NewMeeting(1, 12);
        AgendaRules.Add(meeting, Case(1, CutOff), CutOff, null, Coordinator);
        AgendaRules.Add(meeting, Case(2, CutOff), CutOff, null, Coordinator);

        TimeSlots.For(meeting).Values.ShouldBe([new TimeOnly(9, 30), new TimeOnly(9, 42)]);
    }

    [Fact]
    public void Cases_listed_for_information_share_one_slot_after_the_discussed_cases()
    {
        var meeting = NewMeeting(1, 12);
        var discussed = new AgendaItem { ReferralId = 1, Section = AgendaSection.AdultOnlyCases, Order = 1 };
        var firstForInformation = new AgendaItem { ReferralId = 2, Section = AgendaSection.TwelveMonthsSinceLastMarac, Order = 1 };
        var secondForInformation = new AgendaItem { ReferralId = 3, Section = AgendaSection.TwelveMonthsSinceLastMarac, Order = 2 };
        meeting.AgendaItems.AddRange([secondForInformation, discussed, firstForInformation]);

        var slots = TimeSlots.For(meeting);

        slots[discussed].ShouldBe(new TimeOnly(9, 30));
        slots[firstForInformation].ShouldBe(new TimeOnly(9, 42));
        slots[secondForInformation].ShouldBe(new TimeOnly(9, 42));
    }
}
