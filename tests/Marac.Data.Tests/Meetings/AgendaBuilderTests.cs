using Marac.Data.Entities;
using Marac.Data.Meetings;
using Marac.Data.Reference;

namespace Marac.Data.Tests.Meetings;

public sealed class AgendaBuilderTests
{
    private static readonly IReadOnlySet<DateOnly> Holidays = BankHolidays.All.Select(h => h.Date).ToHashSet();
    private static readonly DateOnly MeetingDate = new(2026, 3, 12);
    private static readonly AgendaMeeting Meeting = new(1, MeetingDate, CaseCapacity: 20, CutOff: new(2026, 2, 28), NextMeetingDate: new(2026, 3, 19));

    private static AgendaCandidate Case(int id, bool children = false, bool repeat = false, int receivedDaysBeforeCutOff = 5,
        ReferralStatus status = ReferralStatus.Accepted, int? listedAt = null, bool incompleteActions = false) =>
        new(id, $"MARAC-{id}", status, Meeting.CutOff.AddDays(-receivedDaysBeforeCutOff), children, repeat, [100 + id], listedAt, incompleteActions);

    [Fact]
    public void The_cut_off_is_eight_working_days_before_the_meeting()
    {
        // Thursday 10 December 2026: back over two weekends to Monday 30 November.
        WorkingDays.CutOff(new DateOnly(2026, 12, 10), 8, Holidays).ShouldBe(new DateOnly(2026, 11, 30));
    }

    [Fact]
    public void The_cut_off_skips_bank_holidays()
    {
        // Thursday 9 April 2026: Easter Monday (6 April) and Good Friday (3 April) are not working days.
        WorkingDays.CutOff(new DateOnly(2026, 4, 9), 8, Holidays).ShouldBe(new DateOnly(2026, 3, 26));
        WorkingDays.CutOff(new DateOnly(2026, 4, 9), 8, new HashSet<DateOnly>()).ShouldBe(new DateOnly(2026, 3, 30));
    }

    [Fact]
    public void Sections_come_in_SafeLives_order()
    {
        var proposal = AgendaBuilder.Propose(Meeting,
            [Case(1), Case(2, children: true), Case(3, incompleteActions: true)],
            [Case(4, status: ReferralStatus.Heard) with { LastHeardOn = new DateOnly(2025, 3, 6) }]);

        proposal.Items.Select(i => (i.Case.ReferralId, i.Section)).ShouldBe(
        [
            (3, AgendaSection.IncompleteActions), (2, AgendaSection.CasesWithChildren),
            (1, AgendaSection.AdultOnlyCases), (4, AgendaSection.TwelveMonthsSinceLastMarac),
        ]);
        proposal.Items.Select(i => i.Order).ShouldBe([1, 2, 3, 4]);
    }

    [Fact]
    public void Repeats_come_first_then_the_longest_waiting()
    {
        var proposal = AgendaBuilder.Propose(Meeting,
            [Case(1, receivedDaysBeforeCutOff: 9), Case(2, receivedDaysBeforeCutOff: 2, repeat: true), Case(3, receivedDaysBeforeCutOff: 20)], []);

        proposal.Items.Select(i => i.Case.ReferralId).ShouldBe([2, 3, 1]);
    }

    [Fact]
    public void Only_accepted_cases_received_by_the_cut_off_and_not_listed_elsewhere_are_candidates()
    {
        var proposal = AgendaBuilder.Propose(Meeting,
        [
            Case(1), Case(2, status: ReferralStatus.Submitted), Case(3, status: ReferralStatus.Withdrawn),
            Case(4, receivedDaysBeforeCutOff: -1), Case(5, listedAt: 99), Case(6, listedAt: Meeting.MeetingId),
        ], []);

        proposal.Items.Select(i => i.Case.ReferralId).ShouldBe([1, 6]);
        proposal.ArrivedAfterCutOff.Single().Case.ReferralId.ShouldBe(4);
        proposal.ArrivedAfterCutOff.Single().Reason.ShouldContain("urgent");
    }

    [Fact]
    public void Over_capacity_the_proposal_names_the_cases_that_move_to_the_next_meeting_and_why()
    {
        var small = Meeting with { CaseCapacity = 2 };

        var proposal = AgendaBuilder.Propose(small, [Case(1, receivedDaysBeforeCutOff: 1), Case(2, children: true), Case(3, receivedDaysBeforeCutOff: 30)], []);

        proposal.Items.Select(i => i.Case.ReferralId).ShouldBe([2, 3]);
        var moved = proposal.Overflow.ShouldHaveSingleItem();
        moved.Case.ReferralId.ShouldBe(1);
        moved.Reason.ShouldBe("Over capacity: this meeting takes 2 cases. Moves to the next meeting on 19 March 2026.");
    }

    [Fact]
    public void The_twelve_month_section_holds_cases_last_heard_in_this_month_a_year_ago()
    {
        AgendaCandidate Heard(int id, DateOnly on) => Case(id, status: ReferralStatus.Heard) with { LastHeardOn = on };

        var proposal = AgendaBuilder.Propose(Meeting, [],
            [Heard(1, new(2025, 3, 27)), Heard(2, new(2025, 2, 27)), Heard(3, new(2025, 4, 2)), Heard(4, new(2024, 3, 10))]);

        proposal.Items.ShouldHaveSingleItem().Case.ReferralId.ShouldBe(1);
        proposal.Items[0].Section.ShouldBe(AgendaSection.TwelveMonthsSinceLastMarac);
    }
}
