using Marac.Data;
using Marac.Data.Entities;
using Marac.Data.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Statistics.Computation;

/// <summary>
/// The figures of every meeting held between two instants, computed by six grouped aggregate queries
/// in the database (one row per meeting comes back, never one per case), whatever the number of cases.
/// </summary>
public sealed class MeetingFiguresQuery(MaracDbContext db, StatisticsOptions options)
{
    public async Task<IReadOnlyList<MeetingFigures>> RunAsync(DateTime from, DateTime to, CancellationToken ct = default)
    {
        var heard = db.AgendaItems.AsNoTracking()
            .Where(i => i.Status == AgendaItemStatus.Heard && i.Meeting.StartsAt >= from && i.Meeting.StartsAt < to);
        var meetings = await MeetingsHeldAsync(from, to, ct);
        var profiles = await ProfilesAsync(heard, ct);
        var repeats = await RepeatsAsync(heard, ct);
        var recordedChildren = await RecordedChildrenAsync(heard, ct);
        var youngPerpetrators = await YoungPerpetratorsAsync(heard, ct);
        var sources = await SourcesAsync(heard, ct);

        return meetings.Select(m => new MeetingFigures(m.Id, m.StartsAt,
                (profiles.GetValueOrDefault(m.Id) ?? CaseFigures.None) with
                {
                    Repeats = repeats.GetValueOrDefault(m.Id),
                    Children = (profiles.GetValueOrDefault(m.Id)?.Children ?? 0) + recordedChildren.GetValueOrDefault(m.Id),
                    PerpetratorsAged17OrUnder = youngPerpetrators.GetValueOrDefault(m.Id),
                    Sources = sources.GetValueOrDefault(m.Id) ?? new Dictionary<ReferralSource, double>(),
                }))
            .ToList();
    }

    /// <summary>Meetings that took place: concluded, under way, or with a case heard (an imported meeting).</summary>
    private async Task<List<(int Id, DateTime StartsAt)>> MeetingsHeldAsync(DateTime from, DateTime to, CancellationToken ct)
    {
        var rows = await db.Meetings.AsNoTracking()
            .Where(m => m.StartsAt >= from && m.StartsAt < to)
            .Where(SteeringGroupQuery.Held)
            .OrderBy(m => m.StartsAt)
            .Select(m => new { m.Id, m.StartsAt })
            .ToListAsync(ct);
        return rows.Select(m => (m.Id, m.StartsAt)).ToList();
    }

    /// <summary>Cases, the victim equality counts and imported children counts, per meeting, in one grouped query.</summary>
    private async Task<Dictionary<int, CaseFigures>> ProfilesAsync(IQueryable<AgendaItem> heard, CancellationToken ct)
    {
        // EF.Constant inlines the list: as a parameter it would become an OPENJSON subquery inside SUM, which SQL Server refuses.
        var minoritised = options.MinoritisedEthnicities.ToArray();
        // Explicit joins, so that each measure becomes a conditional count in one pass rather than a correlated subquery.
        var rows = await (
                from i in heard
                join r in db.Referrals on i.ReferralId equals r.Id
                join v in db.People on r.VictimId equals v.Id
                select new { i.MeetingId, r.ReferralDate, r.ImportedChildrenCount, v.DateOfBirth, v.Gender, v.Ethnicity, v.Disabled, v.Lgbt })
            .GroupBy(x => x.MeetingId)
            .Select(g => new
            {
                MeetingId = g.Key,
                Cases = g.Count(),
                ImportedChildren = g.Sum(x => x.ImportedChildrenCount ?? 0),
                Minoritised = g.Sum(x => EF.Constant(minoritised).Contains(x.Ethnicity) ? 1 : 0),
                EthnicityNotKnown = g.Sum(x => x.Ethnicity == Ethnicity.NotKnown ? 1 : 0),
                Lgbt = g.Sum(x => x.Lgbt == YesNoNotKnown.Yes ? 1 : 0),
                Disabled = g.Sum(x => x.Disabled == YesNoNotKnown.Yes ? 1 : 0),
                Male = g.Sum(x => x.Gender == Gender.Male ? 1 : 0),
                Aged16To17 = g.Sum(x => x.DateOfBirth > x.ReferralDate.AddYears(-18) && x.DateOfBirth <= x.ReferralDate.AddYears(-16) ? 1 : 0),
            })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.MeetingId, r => new CaseFigures
        {
            Cases = r.Cases,
            Children = r.ImportedChildren,
            Minoritised = r.Minoritised,
            EthnicityNotKnown = r.EthnicityNotKnown,
            Lgbt = r.Lgbt,
            Disabled = r.Disabled,
            Male = r.Male,
            Aged16To17 = r.Aged16To17,
        });
    }

    private async Task<Dictionary<int, int>> RepeatsAsync(IQueryable<AgendaItem> heard, CancellationToken ct) =>
        await heard
            .Join(db.Referrals.Where(RepeatRule.IsRepeat(db.Referrals)), i => i.ReferralId, r => r.Id, (i, r) => i.MeetingId)
            .GroupBy(meetingId => meetingId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);

    /// <summary>Children recorded one by one, on cases without an imported count.</summary>
    private async Task<Dictionary<int, int>> RecordedChildrenAsync(IQueryable<AgendaItem> heard, CancellationToken ct) =>
        await heard
            .Where(i => i.Referral.ImportedChildrenCount == null)
            .Join(db.ReferralChildren, i => i.ReferralId, c => c.ReferralId, (i, c) => i.MeetingId)
            .GroupBy(meetingId => meetingId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);

    private async Task<Dictionary<int, int>> YoungPerpetratorsAsync(IQueryable<AgendaItem> heard, CancellationToken ct) =>
        await heard
            .Join(db.ReferralPerpetrators, i => i.ReferralId, p => p.ReferralId,
                (i, p) => new { i.MeetingId, i.Referral.ReferralDate, p.Person.DateOfBirth })
            .Where(x => x.DateOfBirth > x.ReferralDate.AddYears(-18))
            .GroupBy(x => x.MeetingId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);

    /// <summary>
    /// Referral sources with fractional attribution: a case with k distinct source categories gives
    /// 1/k to each. The database counts cases per meeting, category and k; dividing here keeps SQL
    /// free of floating point and the row count bounded by meetings x 14 categories x k.
    /// </summary>
    private async Task<Dictionary<int, Dictionary<ReferralSource, double>>> SourcesAsync(IQueryable<AgendaItem> heard, CancellationToken ct)
    {
        var categories = heard
            .SelectMany(i => i.Referral.ReferringAgencies, (i, a) => new { ItemId = i.Id, i.MeetingId, Category = a.Agency.SourceCategory })
            .Distinct();
        var perCase = categories.GroupBy(c => c.ItemId).Select(g => new { ItemId = g.Key, K = g.Count() });
        var rows = await categories
            .Join(perCase, c => c.ItemId, k => k.ItemId, (c, k) => new { c.MeetingId, c.Category, k.K })
            .GroupBy(x => new { x.MeetingId, x.Category, x.K })
            .Select(g => new { g.Key.MeetingId, g.Key.Category, g.Key.K, Cases = g.Count() })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.MeetingId).ToDictionary(
            m => m.Key,
            m => m.GroupBy(r => r.Category).ToDictionary(c => c.Key, c => c.Sum(r => (double)r.Cases / r.K)));
    }
}
