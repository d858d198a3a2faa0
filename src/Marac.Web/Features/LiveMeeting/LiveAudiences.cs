using Marac.Data;
using Marac.Data.Entities;
using Marac.Sharing.Grants;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.LiveMeeting;

/// <summary>
/// Sorts a meeting's signed attendees into the audiences that receive broadcasts: the leads, one group per
/// agency, and a group of one for anyone an exclusion or a personal grant sets apart from their agency.
/// </summary>
public sealed class LiveAudiences(MaracDbContext db)
{
    public async Task<Audience> ForViewerAsync(LiveMeetingInfo meeting, CaseViewer viewer)
    {
        var personal = await SetApartAsync(meeting, [viewer]);
        return Classify(meeting, viewer, personal);
    }

    /// <summary>Every audience with at least one signed attendee; the leads' audience always.</summary>
    public async Task<IReadOnlyList<Audience>> ForMeetingAsync(LiveMeetingInfo meeting)
    {
        var viewers = await db.MeetingAttendances.AsNoTracking()
            .Where(a => a.MeetingId == meeting.Id && a.SignedStatementId == meeting.StatementId && a.StaffUser.Status == StaffUserStatus.Active)
            .Select(a => new CaseViewer(a.StaffUserId, a.StaffUser.AgencyId, a.StaffUser.Roles,
                a.StaffUser.Agency != null && a.StaffUser.Agency.ServesOnlyChildren,
                a.StaffUser.Agency != null && a.StaffUser.Agency.SourceCategory == ReferralSource.Idva))
            .ToListAsync();
        var personal = await SetApartAsync(meeting, viewers);
        return viewers.Select(v => Classify(meeting, v, personal)).Append(Audience.Leads(meeting.Id))
            .DistinctBy(a => a.Group).ToList();
    }

    private static Audience Classify(LiveMeetingInfo meeting, CaseViewer viewer, IReadOnlySet<int> personal)
    {
        if (personal.Contains(viewer.UserId) || (!meeting.IsLead(viewer) && viewer.AgencyId is null))
        {
            return Audience.Person(meeting, viewer);
        }
        return meeting.IsLead(viewer)
            ? Audience.Leads(meeting.Id)
            : Audience.Agency(meeting.Id, viewer.AgencyId!.Value, viewer.AgencyServesOnlyChildren);
    }

    /// <summary>
    /// The viewers whose access to this meeting's cases differs from their group's: excluded (themselves, or
    /// for a lead, their agency) from one of its cases, or named by a grant of their own.
    /// </summary>
    private async Task<IReadOnlySet<int>> SetApartAsync(LiveMeetingInfo meeting, IReadOnlyList<CaseViewer> viewers)
    {
        var userIds = viewers.Select(v => v.UserId).ToList();
        var leadAgencies = viewers.Where(meeting.IsLead).Where(v => v.AgencyId is not null).Select(v => v.AgencyId!.Value).Distinct().ToList();
        var referralIds = db.AgendaItems.Where(i => i.MeetingId == meeting.Id).Select(i => i.ReferralId);
        var exclusions = await db.CaseExclusions.AsNoTracking()
            .Where(e => e.RemovedAt == null && referralIds.Contains(e.ReferralId))
            .Where(e => (e.StaffUserId != null && userIds.Contains(e.StaffUserId.Value)) || (e.AgencyId != null && leadAgencies.Contains(e.AgencyId.Value)))
            .Select(e => new { e.StaffUserId, e.AgencyId }).ToListAsync();
        var ownGrants = await db.AccessGrants.AsNoTracking()
            .Where(g => g.StaffUserId != null && userIds.Contains(g.StaffUserId.Value) && g.RevokedAt == null)
            .Where(g => g.MeetingId == meeting.Id || (g.ReferralId != null && referralIds.Contains(g.ReferralId.Value)))
            .Select(g => g.StaffUserId!.Value).ToListAsync();
        var apart = exclusions.Where(e => e.StaffUserId is not null).Select(e => e.StaffUserId!.Value).Concat(ownGrants).ToHashSet();
        foreach (var lead in viewers.Where(meeting.IsLead).Where(v => exclusions.Any(e => e.AgencyId is not null && e.AgencyId == v.AgencyId)))
        {
            apart.Add(lead.UserId);
        }
        return apart;
    }
}
