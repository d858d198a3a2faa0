using Marac.Data;
using Marac.Data.Entities;
using Marac.Sharing.Categories;
using Marac.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Tests.Minutes;

/// <summary>A concluded meeting made directly in the database: two heard cases, attendance, an apology and actions.</summary>
public sealed record ConcludedMeeting(int MeetingId, int FirstReferralId, string FirstReference, int SecondReferralId,
    int PoliceAgencyId, int HousingAgencyId, Guid PoliceActionId);

/// <summary>
/// Rows the live meeting would record, inserted directly: this part of the app reads them, whoever writes them.
/// The police are granted case management only (no Risk); housing is granted Risk and case management.
/// </summary>
public static class LiveMeetingTestData
{
    public const string LocationText = "12 Acacia Avenue, Coventry CV1 2AB";
    public const string InformationSummary = "Police attended twice in March. She is now staying at " + LocationText + ".";
    public const string RiskSummary = "Escalating stalking and threats to kill; risk to the children.";
    public const string ActionText = "Flag the address " + LocationText + " on police systems for an urgent response";

    public static async Task<ConcludedMeeting> ConcludedMeetingAsync(this MaracWebFactory app, DateTime startsAtUk, int grantDays = 28)
    {
        var police = await app.StaffAsync(DemoUsers.For(AppRoles.AgencyRepresentative).ObjectId);
        var housing = await app.StaffAsync(DemoUsers.Find("Housing representative").ObjectId);
        var chair = await app.StaffAsync(DemoUsers.For(AppRoles.Chair).ObjectId);
        var health = await app.StaffAsync(DemoUsers.Find("Health representative").ObjectId);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        return await app.WithDbAsync(async db =>
        {
            var used = await db.AgendaItems.Where(i => i.Meeting.StartsAt > startsAtUk.AddDays(-400)).Select(i => i.ReferralId).ToListAsync();
            var referrals = await db.Referrals.Where(r => r.Status == ReferralStatus.Heard && !used.Contains(r.Id))
                .Where(r => !r.ReferringAgencies.Any(a => a.AgencyId == police.AgencyId || a.AgencyId == housing.AgencyId))
                .OrderBy(r => r.Id).Take(2).ToListAsync();
            var meeting = new Meeting
            {
                StartsAt = startsAtUk, Status = MeetingStatus.Concluded, ChairUserId = chair.Id, Venue = "Council House",
                OpenedAt = UkTime.ToUtc(startsAtUk), ConcludedAt = UkTime.ToUtc(startsAtUk.AddHours(3)), FirstPublishedAt = UkTime.ToUtc(startsAtUk.AddDays(-7)),
                InvitedAgencies = [Invite(police.AgencyId!.Value), Invite(housing.AgencyId!.Value), Invite(health.AgencyId!.Value)],
                AgendaItems =
                [
                    Item(referrals[0].Id, 1, AgendaItemStatus.Heard, null),
                    Item(referrals[1].Id, 2, AgendaItemStatus.Deferred, "The referrer was not present"),
                ],
            };
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            var basis = await db.LawfulBases.OrderBy(b => b.Id).Select(b => b.Id).FirstAsync();
            db.AccessGrants.AddRange(
                Grant(meeting.Id, police.AgencyId!.Value, basis, CategorySet.Of(DataCategory.CaseManagement, DataCategory.Identity), now, grantDays),
                Grant(meeting.Id, housing.AgencyId!.Value, basis, CategorySet.Of(DataCategory.CaseManagement, DataCategory.Risk, DataCategory.Identity), now, grantDays));
            db.MeetingAttendances.AddRange(
                new MeetingAttendance { MeetingId = meeting.Id, StaffUserId = police.Id, AgencyId = police.AgencyId, JoinedAt = meeting.OpenedAt!.Value, SignedAt = meeting.OpenedAt.Value.AddMinutes(2) },
                new MeetingAttendance { MeetingId = meeting.Id, StaffUserId = housing.Id, AgencyId = housing.AgencyId, IsObserver = true, JoinedAt = meeting.OpenedAt!.Value, SignedAt = meeting.OpenedAt.Value.AddMinutes(3) });
            db.MeetingApologies.Add(new MeetingApology { MeetingId = meeting.Id, AgencyId = health.AgencyId!.Value, InformationSent = true, RecordedAt = meeting.OpenedAt!.Value });
            var action = Action(meeting.Id, referrals[0].Id, police.AgencyId!.Value, ActionText, DateOnly.FromDateTime(startsAtUk).AddDays(14), MeetingActionStatus.Open, now);
            db.MeetingActions.AddRange(action,
                Action(meeting.Id, referrals[0].Id, housing.AgencyId!.Value, "Proposed and declined: not in the plan", DateOnly.FromDateTime(startsAtUk).AddDays(14), MeetingActionStatus.Declined, now));
            await db.SaveChangesAsync();
            return new ConcludedMeeting(meeting.Id, referrals[0].Id, referrals[0].Reference, referrals[1].Id, police.AgencyId!.Value, housing.AgencyId!.Value, action.Id);
        });
    }

    public static MeetingAction Action(int meetingId, int referralId, int agencyId, string text, DateOnly due, MeetingActionStatus status, DateTime now) =>
        new()
        {
            Id = Guid.NewGuid(), MeetingId = meetingId, ReferralId = referralId, OwnerAgencyId = agencyId, Description = text,
            DueDate = due, LinkedRisk = "Stalking", Status = status, RecordedAt = now,
        };

    private static MeetingAgency Invite(int agencyId) => new() { AgencyId = agencyId, Reason = InvitationReason.CoreMember };

    private static AgendaItem Item(int referralId, int order, AgendaItemStatus status, string? reason) => new()
    {
        ReferralId = referralId, Section = AgendaSection.AdultOnlyCases, Order = order, Status = status, StatusReason = reason,
        InformationSummary = InformationSummary, RiskSummary = RiskSummary,
    };

    private static AccessGrant Grant(int meetingId, int agencyId, int basis, CategorySet categories, DateTime now, int days) => new()
    {
        MeetingId = meetingId, AgencyId = agencyId, Purpose = "MARAC meeting", LawfulBasisId = basis, Categories = categories.Mask,
        ValidFrom = now.AddDays(-10), ValidTo = now.AddDays(days), Origin = GrantOrigin.Publication, GrantedAt = now.AddDays(-10),
    };
}
