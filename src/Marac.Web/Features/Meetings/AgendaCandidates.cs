using System.Linq.Expressions;
using Marac.Data;
using Marac.Data.Entities;
using Marac.Data.Meetings;
using Marac.Data.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Meetings;

/// <summary>
/// The waiting cases the builder is given: every case it can list, the first of those over capacity and
/// of the late arrivals, and how many more of each there are (counted, not loaded).
/// </summary>
public sealed record WaitingCases(IReadOnlyList<AgendaCandidate> Cases, int MoreOverCapacity, int MoreArrivedLate);

/// <summary>Reads what the agenda builder needs from the database: open cases, the cut-off and the next meeting.</summary>
public sealed class AgendaCandidates(MaracDbContext db)
{
    /// <summary>How many of the cases over capacity, and of the late arrivals, are loaded and shown by reference.</summary>
    public const int HeldBackShown = 50;

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
    /// Accepted referrals not yet heard, and heard cases with actions still open, not listed at another
    /// meeting. The database counts those received by the cut-off by section and picks the first
    /// <paramref name="capacity"/> plus <see cref="HeldBackShown"/> in the builder's order, so the cost
    /// follows the meeting's capacity, not the waiting list.
    /// </summary>
    public async Task<WaitingCases> WaitingAsync(int meetingId, int capacity, DateOnly cutOff)
    {
        // Heard cases come back only for their incomplete actions (the first section). Written as "id in" so that
        // SQLite reads the accepted cases by index and the few with open actions by id, not every heard case.
        var openActions = OpenActionReferralIds();
        var free = db.Referrals.Where(r => (r.Status == ReferralStatus.Accepted || (openActions.Contains(r.Id) && r.Status == ReferralStatus.Heard))
            && !r.AgendaItems.Any(i => i.Status == AgendaItemStatus.Listed && i.MeetingId != meetingId));
        var onTime = free.Where(ReceivedBy(cutOff));
        var late = free.Where(Not(ReceivedBy(cutOff)));
        var wanted = capacity + HeldBackShown;
        var bySection = await onTime.GroupBy(Section()).Select(g => new { Section = g.Key, Count = g.Count() }).ToListAsync();
        var ranked = new List<int>();
        var cut = false;
        foreach (var (section, count) in bySection.OrderBy(g => g.Section).Select(g => (g.Section, g.Count)))
        {
            var room = wanted - ranked.Count;
            var inSection = onTime.Where(Equal(Section(), section));
            if (room > 0 && count > room)
            {
                ranked.AddRange(await RepeatsFirstAsync(inSection, room));
                cut = true;
            }
            else if (room > 0)
            {
                ranked.AddRange(await inSection.Select(r => r.Id).ToListAsync());
            }
        }
        var firstLate = await late.OrderBy(ArrivalDate).ThenBy(r => r.SubmittedAt).ThenBy(r => r.Id).Select(r => r.Id).Take(HeldBackShown).ToListAsync();
        var cases = await LoadAsync(db.Referrals.Where(r => ranked.Contains(r.Id) || firstLate.Contains(r.Id)));
        if (cut)
        {
            cases.AddRange(await SameDayAsAsync(onTime, cases.First(c => c.ReferralId == ranked[^1]), cases.Select(c => c.ReferralId).ToList()));
        }
        var onTimeCount = bySection.Sum(g => g.Count);
        var lateCount = firstLate.Count < HeldBackShown ? firstLate.Count : await late.CountAsync();
        var loadedOnTime = cases.Count(c => c.ReceivedOn <= cutOff);
        return new WaitingCases(cases, onTimeCount - loadedOnTime, lateCount - (cases.Count - loadedOnTime));
    }

    /// <summary>
    /// The first <paramref name="room"/> cases of one section in the builder's order: repeats first, then the
    /// longest waiting. The database pages through the section by arrival, and the repeat rule runs on one
    /// page at a time, so it stops once enough repeats are found instead of testing every waiting case.
    /// </summary>
    private async Task<List<int>> RepeatsFirstAsync(IQueryable<Referral> inSection, int room)
    {
        const int page = 500;
        var (repeats, others) = (new List<int>(), new List<int>());
        for (var offset = 0; repeats.Count < room; offset += page)
        {
            var ids = await inSection.OrderBy(ArrivalDate).ThenBy(r => r.SubmittedAt).ThenBy(r => r.Id).Select(r => r.Id).Skip(offset).Take(page).ToListAsync();
            var repeat = (await db.Referrals.Where(r => ids.Contains(r.Id)).WhereRepeat(db.Referrals).Select(r => r.Id).ToListAsync()).ToHashSet();
            repeats.AddRange(ids.Where(repeat.Contains));
            others.AddRange(ids.Where(id => !repeat.Contains(id)));
            if (ids.Count < page)
            {
                break;
            }
        }
        return repeats.Take(room).Concat(others.Take(Math.Max(0, room - repeats.Count))).ToList();
    }

    /// <summary>Cases last heard in <paramref name="meetingDate"/>'s month a year before, with no referral for the victim since.</summary>
    public Task<List<AgendaCandidate>> HeardAYearAgoAsync(DateOnly meetingDate)
    {
        var from = new DateTime(meetingDate.Year - 1, meetingDate.Month, 1);
        var to = from.AddMonths(1);
        // From that month's heard agenda items to their referrals, rather than testing every heard referral.
        var heardThen = db.AgendaItems.Where(i => i.Status == AgendaItemStatus.Heard && i.Meeting.StartsAt >= from && i.Meeting.StartsAt < to)
            .Select(i => i.ReferralId);
        var referrals = db.Referrals.Where(r => heardThen.Contains(r.Id) && r.Status == ReferralStatus.Heard
            && !db.Referrals.Any(later => later.Id != r.Id && later.Victim.SubjectId == r.Victim.SubjectId && later.ReferralDate > r.ReferralDate
                && (later.Status == ReferralStatus.Submitted || later.Status == ReferralStatus.Accepted || later.Status == ReferralStatus.Heard)));
        return LoadAsync(referrals);
    }

    public async Task<AgendaCandidate?> OneAsync(int referralId) => (await LoadAsync(db.Referrals.Where(r => r.Id == referralId))).FirstOrDefault();

    /// <summary>
    /// The database orders by when a case arrived, the builder by its UK date then id. They agree except
    /// within one day, so the cases sharing the last ranked case's group and UK date are loaded too.
    /// </summary>
    private async Task<List<AgendaCandidate>> SameDayAsAsync(IQueryable<Referral> onTime, AgendaCandidate last, List<int> loaded)
    {
        var day = last.ReceivedOn;
        var (from, to) = (UkTime.ToUtc(day.ToDateTime(TimeOnly.MinValue)), UkTime.ToUtc(day.AddDays(1).ToDateTime(TimeOnly.MinValue)));
        // The day's cases by id first: one pass over the waiting list, and the section and repeat rules on those few only.
        var sameDayIds = await onTime.Where(r => !loaded.Contains(r.Id)
                && (r.SubmittedAt == null ? r.ReferralDate == day : r.SubmittedAt >= from && r.SubmittedAt < to))
            .Select(r => r.Id).ToListAsync();
        var sameDay = db.Referrals.Where(r => sameDayIds.Contains(r.Id)).Where(Equal(Section(), (int)AgendaBuilder.SectionOf(last)));
        var repeat = RepeatRule.IsRepeat(db.Referrals);
        return await LoadAsync(last.IsRepeat ? sameDay.Where(repeat) : sameDay.Where(Not(repeat)));
    }

    /// <summary><see cref="AgendaBuilder.SectionOf"/> in SQL: incomplete actions, then cases with children, then adult-only cases.</summary>
    private Expression<Func<Referral, int>> Section()
    {
        var openActions = OpenActionReferralIds();
        return r => openActions.Contains(r.Id) ? (int)AgendaSection.IncompleteActions
            : r.Children.Any() || r.ImportedChildrenCount > 0 ? (int)AgendaSection.CasesWithChildren
            : (int)AgendaSection.AdultOnlyCases;
    }

    private IQueryable<int> OpenActionReferralIds() =>
        db.MeetingActions.Where(a => a.Status == MeetingActionStatus.Open).Select(a => a.ReferralId);

    private static Expression<Func<Referral, bool>> Equal(Expression<Func<Referral, int>> key, int value) =>
        Expression.Lambda<Func<Referral, bool>>(Expression.Equal(key.Body, Expression.Constant(value)), key.Parameters);

    /// <summary>
    /// Orders as the UK date a case arrived does, with <c>SubmittedAt</c> after it: the submission's UTC date
    /// (the UK date or the day before), else the form's date; a case with no submission instant comes first.
    /// </summary>
    private static readonly Expression<Func<Referral, DateOnly>> ArrivalDate =
        r => r.SubmittedAt == null ? r.ReferralDate : DateOnly.FromDateTime(r.SubmittedAt.Value);

    /// <summary>Received on or before the UK date <paramref name="cutOff"/> (<see cref="ReceivedOn"/> in SQL).</summary>
    private static Expression<Func<Referral, bool>> ReceivedBy(DateOnly cutOff)
    {
        var endUtc = UkTime.ToUtc(cutOff.AddDays(1).ToDateTime(TimeOnly.MinValue));
        return r => r.SubmittedAt == null ? r.ReferralDate <= cutOff : r.SubmittedAt < endUtc;
    }

    private static Expression<Func<Referral, bool>> Not(Expression<Func<Referral, bool>> rule) =>
        Expression.Lambda<Func<Referral, bool>>(Expression.Not(rule.Body), rule.Parameters);

    private async Task<List<AgendaCandidate>> LoadAsync(IQueryable<Referral> referrals)
    {
        var rows = await referrals.AsNoTracking()
            .Select(r => new
            {
                r.Id, r.Reference, r.Status, r.ReferralDate, r.SubmittedAt,
                HasChildren = r.Children.Any() || r.ImportedChildrenCount > 0,
                Agencies = r.ReferringAgencies.Where(a => !a.IsProposed).Select(a => a.AgencyId).ToList(),
                ListedAt = r.AgendaItems.Where(i => i.Status == AgendaItemStatus.Listed).Select(i => (int?)i.MeetingId).FirstOrDefault(),
                LastHeard = r.AgendaItems.Where(i => i.Status == AgendaItemStatus.Heard).Select(i => (DateTime?)i.Meeting.StartsAt).Max(),
                IncompleteActions = db.MeetingActions.Any(a => a.ReferralId == r.Id && a.Status == MeetingActionStatus.Open),
            })
            .AsSplitQuery()
            .ToListAsync();
        // The repeat rule runs on the same query, so the cases never travel as an id list.
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
