using ClosedXML.Excel;
using Marac.Data.Entities;
using Marac.Web.Features.Statistics.Computation;
using Marac.Web.Features.Statistics.Export;
using Marac.Web.Tests.Infrastructure;
using static Marac.Data.Entities.ReferralSource;

namespace Marac.Web.Tests.Statistics;

/// <summary>
/// Attendance, research returns and actions by agency, from rows written straight into the tables the
/// live meeting fills. The period is January to March 2024; "today" is 1 May 2024.
/// </summary>
public sealed class SteeringGroupTests : IAsyncLifetime
{
    private static readonly StatisticsPeriod Q1 = StatisticsPeriod.Quarter(2024, 1);
    private static readonly DateOnly Today = new(2024, 5, 1);
    private StatisticsTestDatabase _database = null!;
    private CaseSet _cases = null!;
    private int _police, _housing, _idva;

    public async Task InitializeAsync()
    {
        _database = await StatisticsTestDatabase.CreateAsync();
        _cases = new CaseSet(_database);
        (_police, _housing, _idva) = (_database.AgencyIds[Police], _database.AgencyIds[Housing], _database.AgencyIds[Idva]);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Attendance_counts_meetings_attended_by_staff_who_were_not_observers_against_meetings_invited()
    {
        var january = await HeldMeetingAsync(new DateOnly(2024, 1, 11), invited: [_police, _housing]);
        var february = await HeldMeetingAsync(new DateOnly(2024, 2, 8), invited: [_police, _housing]);
        var march = await HeldMeetingAsync(new DateOnly(2024, 3, 7), invited: [_police, _housing]);
        var april = await HeldMeetingAsync(new DateOnly(2024, 4, 4), invited: [_police, _housing]);      // next quarter
        var cancelled = await _cases.MeetingAsync(new DateOnly(2024, 3, 21), MeetingStatus.Cancelled);
        await InviteAsync(cancelled, _police, _housing);
        // Police: two officers at January (one meeting, not two), one at March: 2 of 3.
        await AttendAsync(january, _police);
        await AttendAsync(january, _police);
        await AttendAsync(march, _police);
        await AttendAsync(april, _police);
        // Housing: only an observer in February: 0 of 3.
        await AttendAsync(february, _housing, observer: true);

        var agencies = (await ComputeAsync()).SteeringGroup.Agencies.ToDictionary(a => a.AgencyId);

        (agencies[_police].MeetingsAttended, agencies[_police].MeetingsInvited).ShouldBe((2, 3));
        agencies[_police].AttendancePercent!.Value.ShouldBe(200.0 / 3, 1e-9);
        (agencies[_housing].MeetingsAttended, agencies[_housing].MeetingsInvited).ShouldBe((0, 3));
        agencies[_housing].AttendancePercent.ShouldBe(0);
    }

    [Fact]
    public async Task Research_returns_are_counted_against_the_cases_listed_at_the_meetings_the_agency_was_invited_to()
    {
        var january = await HeldMeetingAsync(new DateOnly(2024, 1, 11), invited: [_police, _housing]);
        var february = await HeldMeetingAsync(new DateOnly(2024, 2, 8), invited: [_police]);
        var a = await _cases.CaseAsync(new TestCase(), january);
        var b = await _cases.CaseAsync(new TestCase(), january);
        var c = await _cases.CaseAsync(new TestCase(), february, deferredAt: january);   // listed at both: 3 listed in January
        // Police: 3 listed in January + 1 in February = 4; returns for a, b and c in January = 3.
        await ReturnAsync(january, a, _police);
        await ReturnAsync(january, b, _police);
        await ReturnAsync(january, c, _police);
        // Housing: 3 listed in January; one return.
        await ReturnAsync(january, a, _housing);

        var agencies = (await ComputeAsync()).SteeringGroup.Agencies.ToDictionary(x => x.AgencyId);

        (agencies[_police].ResearchReturns, agencies[_police].CasesListed).ShouldBe((3, 4));
        (agencies[_housing].ResearchReturns, agencies[_housing].CasesListed).ShouldBe((1, 3));
        agencies[_housing].ResearchReturnPercent!.Value.ShouldBe(100.0 / 3, 1e-9);
    }

    [Fact]
    public async Task Actions_are_counted_by_owner_agency_and_outcome()
    {
        var meeting = await HeldMeetingAsync(new DateOnly(2024, 2, 8), invited: [_police, _housing]);
        var later = await HeldMeetingAsync(new DateOnly(2024, 4, 4), invited: [_police]);
        var referral = await _cases.CaseAsync(new TestCase(), meeting);
        var due = new DateOnly(2024, 2, 22);
        await ActionAsync(meeting, referral, _police, due, MeetingActionStatus.Done, doneAt: new DateTime(2024, 2, 22, 16, 0, 0));   // on the due date: on time
        await ActionAsync(meeting, referral, _police, due, MeetingActionStatus.Done, doneAt: new DateTime(2024, 2, 23, 9, 0, 0));    // late
        await ActionAsync(meeting, referral, _police, due, MeetingActionStatus.NotPossible);
        await ActionAsync(meeting, referral, _police, due, MeetingActionStatus.NotDone);
        await ActionAsync(meeting, referral, _police, due, MeetingActionStatus.Open);                       // due 22 Feb, today 1 May: overdue
        await ActionAsync(meeting, referral, _police, new DateOnly(2024, 5, 1), MeetingActionStatus.Open);  // due today: not yet overdue
        await ActionAsync(meeting, referral, _police, due, MeetingActionStatus.Proposed);                   // never agreed
        await ActionAsync(meeting, referral, _police, due, MeetingActionStatus.Declined);                   // never agreed
        await ActionAsync(later, referral, _police, due, MeetingActionStatus.Open);                         // next quarter's meeting
        await ActionAsync(meeting, referral, _idva, due, MeetingActionStatus.Open);                         // an agency not invited still counts

        var steering = (await ComputeAsync()).SteeringGroup;
        var agencies = steering.Agencies.ToDictionary(x => x.AgencyId);

        agencies[_police].Actions.ShouldBe(new ActionFigures(Agreed: 6, CompletedOnTime: 1, CompletedLate: 1, NotPossible: 1, NotDone: 1, OpenNotYetDue: 1, OpenOverdue: 1));
        agencies[_idva].Actions.OpenOverdue.ShouldBe(1);
        agencies[_idva].MeetingsInvited.ShouldBe(0);
        agencies[_housing].Actions.ShouldBe(ActionFigures.None);
        steering.Total.Actions.Agreed.ShouldBe(7);
        steering.Agencies.Select(x => x.Agency).ShouldBe(["Housing agency", "Idva agency", "Police agency"]);   // by name
    }

    [Fact]
    public async Task The_workbook_has_a_steering_group_sheet_shown_in_full_even_for_publication()
    {
        var meeting = await HeldMeetingAsync(new DateOnly(2024, 2, 8), invited: [_police]);
        await AttendAsync(meeting, _police);
        var referral = await _cases.CaseAsync(new TestCase(), meeting);
        await ActionAsync(meeting, referral, _police, new DateOnly(2024, 2, 22), MeetingActionStatus.Open);

        using var book = new XLWorkbook(new MemoryStream(StatisticsWorkbook.Build(await ComputeAsync(), forPublication: true)));

        var sheet = book.Worksheet("Steering group");
        sheet.Cell(1, 1).GetString().ShouldBe("OFFICIAL-SENSITIVE");
        var police = sheet.Column(1).CellsUsed().Single(c => c.GetString() == "Police agency").WorksheetRow();
        police.Cell(2).GetDouble().ShouldBe(1);                          // invited
        police.Cell(3).GetDouble().ShouldBe(1);                          // attended
        police.Cell(4).GetDouble().ShouldBe(1);                          // 100%
        police.Cell(4).Style.NumberFormat.Format.ShouldBe("0.0%");
        police.Cell(13).GetDouble().ShouldBe(1);                         // open, overdue: small, but not hidden
    }

    private async Task<int> HeldMeetingAsync(DateOnly date, int[] invited)
    {
        var id = await _cases.MeetingAsync(date);
        await InviteAsync(id, invited);
        return id;
    }

    private async Task InviteAsync(int meetingId, params int[] agencyIds)
    {
        await using var db = _database.NewContext();
        db.MeetingAgencies.AddRange(agencyIds.Select(a => new MeetingAgency { MeetingId = meetingId, AgencyId = a, Reason = InvitationReason.CoreMember }));
        await db.SaveChangesAsync();
    }

    private async Task AttendAsync(int meetingId, int agencyId, bool observer = false)
    {
        await using var db = _database.NewContext();
        var staff = new StaffUser { DisplayName = "Attendee", Email = $"{Guid.NewGuid():N}@example.org", ObjectId = Guid.NewGuid(), AgencyId = agencyId };
        db.StaffUsers.Add(staff);
        await db.SaveChangesAsync();
        db.MeetingAttendances.Add(new MeetingAttendance { MeetingId = meetingId, StaffUserId = staff.Id, AgencyId = agencyId, IsObserver = observer, JoinedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
    }

    private async Task ReturnAsync(int meetingId, int referralId, int agencyId)
    {
        await using var db = _database.NewContext();
        db.ResearchReturns.Add(new ResearchReturn { MeetingId = meetingId, ReferralId = referralId, AgencyId = agencyId, Answer = ResearchAnswer.NothingHeld, RecordedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
    }

    private async Task ActionAsync(int meetingId, int referralId, int agencyId, DateOnly due, MeetingActionStatus status, DateTime? doneAt = null)
    {
        await using var db = _database.NewContext();
        db.MeetingActions.Add(new MeetingAction
        {
            Id = Guid.NewGuid(), MeetingId = meetingId, ReferralId = referralId, OwnerAgencyId = agencyId, Description = "Test action",
            DueDate = due, Status = status, RecordedAt = DateTime.UtcNow, StatusUpdatedAt = doneAt,
        });
        await db.SaveChangesAsync();
    }

    private async Task<StatisticsReport> ComputeAsync()
    {
        await using var db = _database.NewContext();
        var clock = new FakeTimeProvider(new DateTimeOffset(Today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(1)));
        return await new StatisticsCalculator(db, clock).ComputeAsync(Q1);
    }
}
