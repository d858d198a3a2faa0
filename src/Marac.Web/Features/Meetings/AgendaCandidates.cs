using Marac.Data;
using Marac.Data.Entities;
using Marac.Data.Meetings;
using Marac.Data.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Meetings;

/// <summary>Reads what the agenda builder needs from the database: open cases, the cut-off and the next meeting.</summary>
public sealed class AgendaCandidates(MaracDbContext db)
{
    public async Task<DateOnly> CutOffAsync(DateOnly meetingDate)
    {
        var days = await db.PartnershipSettings.AsNoTracking().Select(s => (int?)s.ReferralCutOffWorkingDays).FirstOrDefaultAsync()
                   ?? WorkingDays.DefaultCutOff;
        var from = meetingDate.AddDays(-7 * (days / 5 + 3));
        var holidays = await db.BankHolidays.AsNoTracking().Where(h => h.Date >= from && h.Date <= meetingDate).Select(h => h.Date).ToListAsync();
        return WorkingDays.CutOff(meetingDate, days, holidays.ToHashSet());
    }

    public Task<Meeting?> NextMeetingAsync(Meeting meeting) => db.Meetings
        .Include(m => m.AgendaItems).Include(m => m.InvitedAgencies)
        .Where(m => m.StartsAt > meeting.StartsAt && (m.Status == MeetingStatus.Scheduled || m.Status == MeetingStatus.Published))
        .OrderBy(m => m.StartsAt).FirstOrDefaultAsync();

    /// <summary>
    /// Accepted referrals not yet heard, heard cases with actions still open (for the first section), and those
    /// given by id (such as the cases already on an agenda).
    /// </summary>
    public Task<List<AgendaCandidate>> OpenCasesAsync(IReadOnlyCollection<int>? alsoIds = null)
    {
        var ids = alsoIds ?? [];
        return LoadAsync(db.Referrals.Where(r => r.Status == ReferralStatus.Accepted || ids.Contains(r.Id)
            || (r.Status == ReferralStatus.Heard && db.MeetingActions.Any(a => a.ReferralId == r.Id && a.Status == MeetingActionStatus.Open))));
    }

    /// <summary>Cases last heard in <paramref name="meetingDate"/>'s month a year before, with no referral for the victim since.</summary>
    public Task<List<AgendaCandidate>> HeardAYearAgoAsync(DateOnly meetingDate)
    {
        var from = new DateTime(meetingDate.Year - 1, meetingDate.Month, 1);
        var to = from.AddMonths(1);
        var referrals = db.Referrals.Where(r => r.Status == ReferralStatus.Heard
            && r.AgendaItems.Any(i => i.Status == AgendaItemStatus.Heard && i.Meeting.StartsAt >= from && i.Meeting.StartsAt < to)
            && !db.Referrals.Any(later => later.Id != r.Id && later.Victim.SubjectId == r.Victim.SubjectId && later.ReferralDate > r.ReferralDate
                && (later.Status == ReferralStatus.Submitted || later.Status == ReferralStatus.Accepted || later.Status == ReferralStatus.Heard)));
        return LoadAsync(referrals);
    }

    public async Task<AgendaCandidate?> OneAsync(int referralId) => (await LoadAsync(db.Referrals.Where(r => r.Id == referralId))).FirstOrDefault();

    private async Task<List<AgendaCandidate>> LoadAsync(IQueryable<Referral> referrals)
    {
        var rows = await referrals.AsNoTracking()
            .Select(r => new
            {
                r.Id, r.Reference, r.Status, r.ReferralDate, r.SubmittedAt,
                HasChildren = r.Children.Any() || r.ImportedChildrenCount > 0,
                Agencies = r.ReferringAgencies.Select(a => a.AgencyId).ToList(),
                ListedAt = r.AgendaItems.Where(i => i.Status == AgendaItemStatus.Listed).Select(i => (int?)i.MeetingId).FirstOrDefault(),
                LastHeard = r.AgendaItems.Where(i => i.Status == AgendaItemStatus.Heard).Select(i => (DateTime?)i.Meeting.StartsAt).Max(),
                IncompleteActions = db.MeetingActions.Any(a => a.ReferralId == r.Id && a.Status == MeetingActionStatus.Open),
            })
            .AsSplitQuery()
            .ToListAsync();
        // The repeat rule runs on the same query, so thousands of waiting cases never travel as an id list.
        var repeats = (await referrals.WhereRepeat(db.Referrals).Select(r => r.Id).ToListAsync()).ToHashSet();
        return rows.Select(r => new AgendaCandidate(
                r.Id, r.Reference, r.Status, ReceivedOn(r.SubmittedAt, r.ReferralDate), r.HasChildren, repeats.Contains(r.Id),
                r.Agencies, r.ListedAt, HasIncompleteActions: r.IncompleteActions,
                LastHeardOn: r.LastHeard is { } heard ? DateOnly.FromDateTime(heard) : null))
            .ToList();
    }

    /// <summary>The UK date a referral reached the MARAC: when it was submitted, else the date on the form.</summary>
    private static DateOnly ReceivedOn(DateTime? submittedAtUtc, DateOnly referralDate) =>
        submittedAtUtc is { } utc
            ? DateOnly.FromDateTime(UkTime.FromUtc(utc))
            : referralDate;
}
