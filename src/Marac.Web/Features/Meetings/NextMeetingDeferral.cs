using Marac.Data;
using Marac.Data.Entities;
using Marac.Data.Meetings;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Meetings;

/// <summary>
/// Defers a listed case to the next meeting scheduled, by <see cref="AgendaRules.Defer"/>, with the change records
/// queued: the coordinator's "Defer" on the agenda and the chair's in the live meeting both go this way. A case
/// is listed at one meeting at a time, so the caller saves the deferral first, then calls
/// <see cref="Deferral.ListAtNextMeeting"/> and saves again.
/// </summary>
public sealed class NextMeetingDeferral(MaracDbContext db, AgendaCandidates candidates)
{
    public async Task<Deferral> DeferAsync(Meeting meeting, AgendaItem item, string? reason, AgendaEditor editor)
    {
        var next = await candidates.NextMeetingAsync(meeting);
        var agencies = await db.ReferralAgencies.Where(a => a.ReferralId == item.ReferralId && !a.IsProposed).Select(a => a.AgencyId).ToListAsync();
        var edit = AgendaRules.Defer(meeting, item, next, agencies, reason, editor);
        db.AgendaChanges.AddRange(edit.Changes);
        return new Deferral(edit, next);
    }
}

/// <summary>A deferral to the next meeting: refused (with why), or ready to list the case there once it is saved.</summary>
public sealed record Deferral(AgendaEdit Edit, Meeting? Next)
{
    public void ListAtNextMeeting(DateTime now)
    {
        Next!.AgendaItems.Add(Edit.NewItem!);
        Next.AgendaChangedAt = now;
    }
}
