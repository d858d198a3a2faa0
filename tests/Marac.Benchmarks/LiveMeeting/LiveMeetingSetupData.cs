using Marac.Data;
using Marac.Data.Demo;
using Marac.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Marac.Benchmarks.LiveMeeting;

/// <summary>A meeting made live for the load run: its first case current, and who will attend.</summary>
public sealed record LoadMeeting(int Id, int AgendaItemId, int OwnerAgencyId);

/// <summary>
/// Makes demo meetings live straight in the database (open, the current statement, every invited agency granted,
/// the attendees signed), so the run measures broadcasting, not page journeys.
/// </summary>
public static class LiveMeetingSetupData
{
    /// <summary>The demo staff who may attend any meeting (the children-only agency's representative is left out).</summary>
    public static readonly Guid[] Attendees =
    [
        DemoPartnership.CoordinatorObjectId, DemoPartnership.PoliceRepresentativeObjectId, DemoPartnership.IdvaRepresentativeObjectId,
        DemoPartnership.HealthRepresentativeObjectId, DemoPartnership.ChildrensServicesRepresentativeObjectId, DemoPartnership.HousingRepresentativeObjectId,
    ];

    public static async Task<List<LoadMeeting>> OpenAsync(MaracDbContext db, int count)
    {
        var statement = await db.ConfidentialityStatements.OrderByDescending(s => s.Number).FirstAsync();
        var users = await db.StaffUsers.Where(u => Attendees.Contains(u.ObjectId)).ToListAsync();
        var agencies = await db.Agencies.Where(a => a.LawfulBasisId != null).ToListAsync();
        var meetings = await db.Meetings.Include(m => m.AgendaItems).Include(m => m.InvitedAgencies).Where(m => m.AgendaItems.Any())
            .OrderByDescending(m => m.StartsAt).Take(count).ToListAsync();
        var now = DateTime.UtcNow;
        foreach (var meeting in meetings)
        {
            var first = meeting.AgendaItems.OrderBy(i => i.Section).ThenBy(i => i.Order).First();
            (meeting.Status, meeting.OpenedAt, meeting.ConfidentialityStatementId, meeting.CurrentAgendaItemId) = (MeetingStatus.InProgress, now, statement.Id, first.Id);
            first.DiscussionStartedAt = now;
            foreach (var agency in agencies)
            {
                if (meeting.InvitedAgencies.All(i => i.AgencyId != agency.Id))
                {
                    meeting.InvitedAgencies.Add(new MeetingAgency { AgencyId = agency.Id, Reason = InvitationReason.ChosenByCoordinator });
                }
                db.AccessGrants.Add(new AccessGrant
                {
                    AgencyId = agency.Id, MeetingId = meeting.Id, Purpose = "Load run", LawfulBasisId = agency.LawfulBasisId!.Value,
                    Categories = agency.SharingProfile, ValidFrom = now.AddHours(-1), ValidTo = now.AddDays(1), Origin = GrantOrigin.Coordinator, GrantedAt = now,
                });
            }
            var signed = await db.MeetingAttendances.Where(a => a.MeetingId == meeting.Id).ToListAsync();
            db.MeetingAttendances.RemoveRange(signed);
            foreach (var user in users)
            {
                db.MeetingAttendances.Add(new MeetingAttendance
                {
                    MeetingId = meeting.Id, StaffUserId = user.Id, AgencyId = user.AgencyId, SignedStatementId = statement.Id, SignedAt = now, JoinedAt = now,
                });
            }
        }
        await db.SaveChangesAsync();
        var police = users.Single(u => u.ObjectId == DemoPartnership.PoliceRepresentativeObjectId).AgencyId!.Value;
        return meetings.Select(m => new LoadMeeting(m.Id, m.CurrentAgendaItemId!.Value, police)).ToList();
    }

    public static Task<Dictionary<Guid, int>> UserIdsAsync(MaracDbContext db) =>
        db.StaffUsers.Where(u => Attendees.Contains(u.ObjectId)).ToDictionaryAsync(u => u.ObjectId, u => u.Id);
}
