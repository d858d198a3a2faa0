using Marac.Data;
using Marac.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Governance.Audit;

public sealed record AuditPage(IReadOnlyList<AuditEvent> Events, int Total, int Page, int TotalPages);

/// <summary>Reads the audit trail for administrators: newest first, a page at a time, or every matching event for an export.</summary>
public sealed class AuditTrail(MaracDbContext db)
{
    public const int PageSize = 50;

    /// <summary>An export holds at most this many events (a worksheet's rows, less the heading).</summary>
    public const int ExportLimit = 1_048_575;

    public async Task<AuditPage> PageAsync(AuditFilter filter, CancellationToken ct = default)
    {
        var query = filter.Apply(db.AuditEvents.AsNoTracking());
        var total = await query.CountAsync(ct);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.PageNumber, 1, pages);
        var events = await query.OrderByDescending(e => e.Sequence).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new AuditPage(events, total, page, pages);
    }

    public IAsyncEnumerable<AuditEvent> ExportAsync(AuditFilter filter) =>
        filter.Apply(db.AuditEvents.AsNoTracking()).OrderBy(e => e.Sequence).Take(ExportLimit).AsAsyncEnumerable();

    /// <summary>Staff who appear in the trail, for the filter's list.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> StaffAsync(CancellationToken ct = default)
    {
        var staff = await db.StaffUsers.AsNoTracking().Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
        return staff.OrderBy(s => s.DisplayName, StringComparer.CurrentCultureIgnoreCase).Select(s => (s.Id, s.DisplayName)).ToList();
    }
}
