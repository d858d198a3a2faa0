using Marac.Data;
using Marac.Data.Entities;
using Marac.Data.Transactions;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Statistics.Import;

/// <summary>
/// Saves checked cases in one transaction: a concluded, imported meeting per meeting date (or the
/// meeting already held that day), and for each row a heard, imported referral with its victim,
/// perpetrators and referring agencies. One audit event records the counts.
/// </summary>
public sealed class CaseListImporter(MaracDbContext db, TimeProvider clock)
{
    private const int ProgressEvery = 1000;
    private static readonly TimeOnly ImportedMeetingTime = new(9, 30);

    /// <param name="progress">Told how many cases are saved so far, every thousand or so.</param>
    public async Task<ImportSummary> ImportAsync(IReadOnlyList<ImportedCase> cases, int rowsLeftOut, CancellationToken ct = default,
        IProgress<int>? progress = null)
    {
        var suppressed = db.SuppressChangeAudit;
        db.SuppressChangeAudit = true;
        try
        {
            return await db.InTransactionAsync(async transaction =>
            {
                var (meetings, created) = await MeetingsAsync(cases, ct);
                var (agencies, agenciesCreated) = await AgenciesAsync(cases, ct);
                var orders = await NextOrdersAsync(meetings.Values, ct);
                await InsertCasesAsync(cases, meetings, agencies, orders, progress, ct);
                var summary = new ImportSummary(cases.Count, created, meetings.Count - created, agenciesCreated, rowsLeftOut);
                db.RecordAudit(AuditAction.Create, "Import", detail: summary.ToString());
                await db.SaveChangesAsync(ct);
                if (transaction is not null)
                {
                    await transaction.CommitAsync(ct);
                }
                return summary;
            }, ct);
        }
        finally
        {
            db.SuppressChangeAudit = suppressed;
        }
    }

    /// <summary>
    /// Writes each case's referral, people, referring agencies and agenda item with prepared inserts in
    /// the import's transaction (change tracking would take minutes for 100,000 cases).
    /// </summary>
    private async Task InsertCasesAsync(IReadOnlyList<ImportedCase> cases, Dictionary<DateOnly, int> meetings,
        Dictionary<ReferralSource, int> agencies, Dictionary<int, int> orders, IProgress<int>? progress, CancellationToken ct)
    {
        await using var people = RowInserter<Person>.Create(db);
        await using var referrals = RowInserter<Referral>.Create(db);
        await using var perpetrators = RowInserter<ReferralPerpetrator>.Create(db);
        await using var referringAgencies = RowInserter<ReferralAgency>.Create(db);
        await using var agendaItems = RowInserter<AgendaItem>.Create(db);
        var now = clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < cases.Count; i++)
        {
            var meetingId = meetings[cases[i].MeetingDate];
            var referral = ImportedReferrals.Create(cases[i], agencies, meetingId, orders[meetingId]++, now);
            referral.VictimId = await people.InsertAsync(WithNameKey(referral.Victim), ct);
            referral.Id = await referrals.InsertAsync(referral, ct);
            foreach (var perpetrator in referral.Perpetrators)
            {
                perpetrator.ReferralId = referral.Id;
                perpetrator.PersonId = await people.InsertAsync(WithNameKey(perpetrator.Person), ct);
                await perpetrators.InsertAsync(perpetrator, ct);
            }
            foreach (var agency in referral.ReferringAgencies)
            {
                agency.ReferralId = referral.Id;
                await referringAgencies.InsertAsync(agency, ct);
            }
            foreach (var item in referral.AgendaItems)
            {
                item.ReferralId = referral.Id;
                await agendaItems.InsertAsync(item, ct);
            }
            if ((i + 1) % ProgressEvery == 0 || i + 1 == cases.Count)
            {
                progress?.Report(i + 1);
            }
        }
    }

    /// <summary>What SaveChanges would set on a new person: the name key used for matching.</summary>
    private static Person WithNameKey(Person person)
    {
        person.NameKey = Marac.Data.Matching.NameKey.For(person.GivenName, person.FamilyName);
        return person;
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
