using Marac.Data;
using Marac.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Statistics.Import;

/// <summary>
/// Saves checked cases in one transaction: a concluded, imported meeting per meeting date (or the
/// meeting already held that day), and for each row a heard, imported referral with its victim,
/// perpetrators and referring agencies. One audit event records the counts.
/// </summary>
public sealed class CaseListImporter(MaracDbContext db, TimeProvider clock)
{
    private const int BatchSize = 2000;
    private static readonly TimeOnly ImportedMeetingTime = new(9, 30);

    public async Task<ImportSummary> ImportAsync(IReadOnlyList<ImportedCase> cases, int rowsLeftOut, CancellationToken ct = default)
    {
        db.SuppressChangeAudit = true;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (meetings, created) = await MeetingsAsync(cases, ct);
        var (agencies, agenciesCreated) = await AgenciesAsync(cases, ct);
        var orders = await NextOrdersAsync(meetings.Values, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var batch in cases.Chunk(BatchSize))
        {
            foreach (var row in batch)
            {
                var meetingId = meetings[row.MeetingDate];
                db.Referrals.Add(ImportedReferrals.Create(row, agencies, meetingId, orders[meetingId]++, now));
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        var summary = new ImportSummary(cases.Count, created, meetings.Count - created, agenciesCreated, rowsLeftOut);
        db.RecordAudit(AuditAction.Create, "Import", detail: summary.ToString());
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return summary;
    }

    private async Task<(Dictionary<DateOnly, int> Ids, int Created)> MeetingsAsync(IReadOnlyList<ImportedCase> cases, CancellationToken ct)
    {
        var dates = cases.Select(c => c.MeetingDate).ToHashSet();
        var from = dates.Min().ToDateTime(TimeOnly.MinValue);
        var to = dates.Max().AddDays(1).ToDateTime(TimeOnly.MinValue);
        var existing = await db.Meetings.AsNoTracking()
            .Where(m => m.StartsAt >= from && m.StartsAt < to && m.Status != MeetingStatus.Cancelled)
            .OrderBy(m => m.StartsAt).Select(m => new { m.Id, m.StartsAt })
            .ToListAsync(ct);
        var ids = new Dictionary<DateOnly, int>();
        foreach (var meeting in existing.Where(m => dates.Contains(DateOnly.FromDateTime(m.StartsAt))))
        {
            ids.TryAdd(DateOnly.FromDateTime(meeting.StartsAt), meeting.Id);
        }
        var added = dates.Where(d => !ids.ContainsKey(d)).Select(d => new Meeting
        {
            StartsAt = d.ToDateTime(ImportedMeetingTime),
            Status = MeetingStatus.Concluded,
            IsImported = true,
        }).ToList();
        db.Meetings.AddRange(added);
        await db.SaveChangesAsync(ct);
        foreach (var meeting in added)
        {
            ids[meeting.Date] = meeting.Id;
        }
        return (ids, added.Count);
    }

    /// <summary>The partnership's agency for each category used (active ones first), or an inactive placeholder.</summary>
    private async Task<(Dictionary<ReferralSource, int> Ids, int Created)> AgenciesAsync(IReadOnlyList<ImportedCase> cases, CancellationToken ct)
    {
        var needed = cases.SelectMany(c => c.Sources).ToHashSet();
        var existing = await db.Agencies.AsNoTracking()
            .Where(a => needed.Contains(a.SourceCategory))
            .OrderByDescending(a => a.IsActive).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.SourceCategory })
            .ToListAsync(ct);
        var ids = new Dictionary<ReferralSource, int>();
        foreach (var agency in existing)
        {
            ids.TryAdd(agency.SourceCategory, agency.Id);
        }
        var added = needed.Where(s => !ids.ContainsKey(s)).Select(s => new Agency
        {
            Name = $"Imported: {CellParsing.SourceLabel(s)}",
            SourceCategory = s,
            IsActive = false,
            IsCoreMember = false,
        }).ToList();
        db.Agencies.AddRange(added);
        await db.SaveChangesAsync(ct);
        foreach (var agency in added)
        {
            ids[agency.SourceCategory] = agency.Id;
        }
        return (ids, added.Count);
    }

    private async Task<Dictionary<int, int>> NextOrdersAsync(IEnumerable<int> meetingIds, CancellationToken ct)
    {
        var ids = meetingIds.Distinct().ToList();
        var orders = ids.ToDictionary(id => id, _ => 1);
        foreach (var chunk in ids.Chunk(500))
        {
            var highest = await db.AgendaItems.Where(i => chunk.Contains(i.MeetingId))
                .GroupBy(i => i.MeetingId).Select(g => new { g.Key, Max = g.Max(i => i.Order) })
                .ToListAsync(ct);
            foreach (var h in highest)
            {
                orders[h.Key] = h.Max + 1;
            }
        }
        return orders;
    }
}
