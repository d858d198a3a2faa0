using System.Linq.Expressions;
using Marac.Data;
using Marac.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Statistics.Computation;

/// <summary>
/// Attendance, research returns and actions by agency for the meetings held in a period: five grouped
/// queries in the database, each returning one row per agency.
/// </summary>
public sealed class SteeringGroupQuery(MaracDbContext db)
{
    /// <summary>Meetings that took place: concluded, under way, or with a case heard (an imported meeting).</summary>
    public static Expression<Func<Meeting, bool>> Held { get; } = m =>
        m.Status == MeetingStatus.Concluded || m.Status == MeetingStatus.InProgress
        || m.AgendaItems.Any(i => i.Status == AgendaItemStatus.Heard);

    /// <param name="today">Open actions due before this date are overdue.</param>
    public async Task<SteeringGroupFigures> RunAsync(StatisticsPeriod period, DateOnly today, CancellationToken ct = default)
    {
        var (from, to) = (period.StartsAt, period.EndsBefore);
        var meetings = db.Meetings.AsNoTracking().Where(m => m.StartsAt >= from && m.StartsAt < to).Where(Held).Select(m => m.Id);

        var invited = await db.MeetingAgencies.Where(a => meetings.Contains(a.MeetingId))
            .GroupBy(a => a.AgencyId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var attended = await db.MeetingAttendances
            .Where(a => a.AgencyId != null && !a.IsObserver && meetings.Contains(a.MeetingId))
            .Select(a => new { AgencyId = a.AgencyId!.Value, a.MeetingId }).Distinct()
            .GroupBy(a => a.AgencyId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var listed = await db.MeetingAgencies.Where(a => meetings.Contains(a.MeetingId))
            .Join(db.AgendaItems, a => a.MeetingId, i => i.MeetingId, (a, i) => a.AgencyId)
            .GroupBy(agencyId => agencyId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var returns = await db.ResearchReturns.Where(r => meetings.Contains(r.MeetingId))
            .GroupBy(r => r.AgencyId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var actions = await ActionsAsync(meetings, today, ct);

        var agencyIds = invited.Keys.Concat(attended.Keys).Concat(listed.Keys).Concat(returns.Keys).Concat(actions.Keys).ToHashSet();
        var names = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var rows = agencyIds
            .Select(id => new AgencyFigures(id, names.GetValueOrDefault(id) ?? $"Agency {id}", invited.GetValueOrDefault(id), attended.GetValueOrDefault(id),
                listed.GetValueOrDefault(id), returns.GetValueOrDefault(id), actions.GetValueOrDefault(id) ?? ActionFigures.None))
            .OrderBy(a => a.Agency, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new SteeringGroupFigures(rows, today);
    }

    /// <summary>
    /// Actions by owner agency, each status a conditional count. "On time" compares the UTC date the
    /// action was marked done with its due date.
    /// </summary>
    private async Task<Dictionary<int, ActionFigures>> ActionsAsync(IQueryable<int> meetings, DateOnly today, CancellationToken ct)
    {
        var rows = await db.MeetingActions.AsNoTracking()
            .Where(a => meetings.Contains(a.MeetingId) && a.Status != MeetingActionStatus.Proposed && a.Status != MeetingActionStatus.Declined)
            .GroupBy(a => a.OwnerAgencyId)
            .Select(g => new
            {
                g.Key,
                Agreed = g.Count(),
                OnTime = g.Sum(a => a.Status == MeetingActionStatus.Done && a.StatusUpdatedAt != null
                                    && DateOnly.FromDateTime(a.StatusUpdatedAt.Value) <= a.DueDate ? 1 : 0),
                Done = g.Sum(a => a.Status == MeetingActionStatus.Done ? 1 : 0),
                NotPossible = g.Sum(a => a.Status == MeetingActionStatus.NotPossible ? 1 : 0),
                NotDone = g.Sum(a => a.Status == MeetingActionStatus.NotDone ? 1 : 0),
                Open = g.Sum(a => a.Status == MeetingActionStatus.Open ? 1 : 0),
                Overdue = g.Sum(a => a.Status == MeetingActionStatus.Open && a.DueDate < today ? 1 : 0),
            })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.Key,
            r => new ActionFigures(r.Agreed, r.OnTime, r.Done - r.OnTime, r.NotPossible, r.NotDone, r.Open - r.Overdue, r.Overdue));
    }
}
