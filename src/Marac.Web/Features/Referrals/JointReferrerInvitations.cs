using Marac.Data;
using Marac.Data.Entities;
using Marac.Data.Meetings;
using Marac.Web.Features.Sharing;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Referrals;

/// <summary>
/// Confirming a joint referrer gives it what an invitation gives: it is invited to every coming meeting that lists
/// the case, and where that agenda is already published it receives the publication grant at once.
/// </summary>
public sealed class JointReferrerInvitations(MaracDbContext db, PublicationGrants grants, TimeProvider clock)
{
    public async Task InviteToListedMeetingsAsync(int referralId, int agencyId)
    {
        var meetings = await db.Meetings.Include(m => m.InvitedAgencies)
            .Where(m => m.Status == MeetingStatus.Scheduled || m.Status == MeetingStatus.Published || m.Status == MeetingStatus.InProgress)
            .Where(m => m.AgendaItems.Any(i => i.ReferralId == referralId && i.Status == AgendaItemStatus.Listed))
            .ToListAsync();
        foreach (var meeting in meetings)
        {
            AgendaRules.InviteReferringAgencies(meeting, [agencyId]);
            if (meeting.FirstPublishedAt is not null)
            {
                await grants.AddAsync(meeting, null, clock.GetUtcNow().UtcDateTime);
            }
        }
    }
}
