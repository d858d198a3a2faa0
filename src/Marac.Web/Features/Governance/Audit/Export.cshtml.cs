using Marac.Web.Features.Shared;
using Marac.Data;
using Marac.Data.Entities;
using Marac.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marac.Web.Features.Governance.Audit;

/// <summary>Downloads the filtered audit trail as CSV or Excel; each download is itself audited.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class ExportModel(AuditTrail trail, MaracDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public AuditFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        AuditFilterState.Check(ModelState, Filter);
        var xlsx = string.Equals(Format, "xlsx", StringComparison.OrdinalIgnoreCase);
        if (Format is not null && !xlsx && !string.Equals(Format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            // The trail page shows the same filter with its problems explained.
            return Redirect("/governance/audit" + Request.QueryString);
        }
        // Record the export first, so the file includes its own event when the filter covers it.
        db.RecordAudit(AuditAction.Export, "AuditTrail", detail: $"{(xlsx ? "xlsx" : "csv")}; {Filter.Describe()}");
        await db.SaveChangesAsync(ct);

        var output = new MemoryStream();
        if (xlsx)
        {
            await AuditExport.WriteXlsxAsync(trail.ExportAsync(Filter), output, ct);
        }
        else
        {
            await AuditExport.WriteCsvAsync(trail.ExportAsync(Filter), output, ct);
        }
        output.Position = 0;
        if (xlsx)
        {
            output = new MemoryStream(PrintedFor.Mark(output.ToArray(), PrintedFor.Line(HttpContext)));
        }
        var stamp = UkTime.Now(clock).ToString("yyyy-MM-dd-HHmm", System.Globalization.CultureInfo.InvariantCulture);
        return File(output, xlsx ? AuditExport.XlsxContentType : AuditExport.CsvContentType, $"audit-trail-{stamp}.{(xlsx ? "xlsx" : "csv")}");
    }
}
