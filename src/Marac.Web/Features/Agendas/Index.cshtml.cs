using Marac.Data;
using Marac.Data.Entities;
using Marac.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Agendas;

/// <summary>One published agenda the viewer's agency is invited to: the meeting only, no case details.</summary>
public sealed record InvitedAgenda(int Id, DateTime StartsAt, string? Venue, bool Online, bool ChangedSincePublished, MeetingStatus Status);

/// <summary>The upcoming published agendas an agency representative's agency is invited to and holds a live grant for.</summary>
public sealed class IndexModel(MaracDbContext db, TimeProvider clock) : PageModel
{
    public bool Represents { get; private set; }
    public IReadOnlyList<InvitedAgenda> Agendas { get; private set; } = [];

    public async Task OnGetAsync()
    {
        if (!User.IsInRole(MaracRoles.AgencyRepresentative) || User.AgencyId() is not { } agencyId)
        {
            return;
        }
        Represents = true;
        var today = UkTime.Today(clock).ToDateTime(TimeOnly.MinValue);
        var now = clock.GetUtcNow().UtcDateTime;
        Agendas = await db.Meetings.AsNoTracking()
            .Where(m => m.FirstPublishedAt != null && (m.Status == MeetingStatus.Published || m.Status == MeetingStatus.InProgress)
                && m.StartsAt >= today && m.InvitedAgencies.Any(a => a.AgencyId == agencyId))
            .Where(m => db.AccessGrants.Any(g => g.MeetingId == m.Id && g.AgencyId == agencyId && g.StaffUserId == null
                && g.RevokedAt == null && g.ValidFrom <= now && g.ValidTo > now))
            .OrderBy(m => m.StartsAt).Take(50)
            .Select(m => new InvitedAgenda(m.Id, m.StartsAt, m.Venue, m.OnlineLink != null, m.LastPublishedAt > m.FirstPublishedAt, m.Status))
            .ToListAsync();
    }
}
