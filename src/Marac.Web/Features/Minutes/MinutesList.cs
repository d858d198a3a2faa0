using System.Security.Claims;
using Marac.Data;
using Marac.Data.Entities;
using Marac.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Minutes;

/// <summary>A meeting's minutes as a list shows them: the latest version the reader may read.</summary>
public sealed record MinutesListEntry(Meeting Meeting, MeetingMinutes Latest);

/// <summary>The minutes a reader may open: all for coordinators, the meetings they chair for a chair, issued ones to an invited agency.</summary>
public sealed class MinutesList(MaracDbContext db)
{
    public async Task<List<MinutesListEntry>> ForAsync(ClaimsPrincipal user, int take = 50)
    {
        var minutes = db.MeetingMinutes.AsNoTracking();
        var meetings = db.Meetings.AsNoTracking();
        var coordinator = user.IsInRole(MaracRoles.Coordinator);
        var chair = user.IsInRole(MaracRoles.Chair);
        var userId = user.StaffUserId();
        var agencyId = user.IsInRole(MaracRoles.AgencyRepresentative) ? user.AgencyId() : null;
        var rows = await meetings
            .Where(m => coordinator
                || (chair && (m.ChairUserId == null || m.ChairUserId == userId))
                || (agencyId != null && m.InvitedAgencies.Any(a => a.AgencyId == agencyId)))
            .Select(m => new
            {
                Meeting = m,
                Latest = minutes.Where(x => x.MeetingId == m.Id).OrderByDescending(x => x.Number).FirstOrDefault(),
                LatestIssued = minutes.Where(x => x.MeetingId == m.Id && x.Status == MinutesStatus.Issued).OrderByDescending(x => x.Number).FirstOrDefault(),
            })
            .Where(r => r.Latest != null)
            .OrderByDescending(r => r.Meeting.StartsAt).Take(take * 2)
            .ToListAsync();
        return rows.Select(r => MinutesRoles.SeesDrafts(user, r.Meeting) ? new MinutesListEntry(r.Meeting, r.Latest!)
                : r.LatestIssued is { } issued ? new MinutesListEntry(r.Meeting, issued) : null)
            .OfType<MinutesListEntry>().Take(take).ToList();
    }
}
