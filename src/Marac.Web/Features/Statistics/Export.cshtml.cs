using Marac.Web.Features.Shared;
using Marac.Data;
using Marac.Data.Entities;
using Marac.Web.Features.Statistics.Computation;
using Marac.Web.Features.Statistics.Export;
using Microsoft.AspNetCore.Mvc;

namespace Marac.Web.Features.Statistics;

/// <summary>The statistics workbook for the chosen period; every download is audited.</summary>
public sealed class ExportModel(MaracDbContext db, StatisticsCalculator calculator, TimeProvider clock) : StatisticsPageModel(db, clock)
{
    /// <summary>The "for publication" variant, with small numbers suppressed.</summary>
    [BindProperty(SupportsGet = true)]
    public bool ForPublication { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (ChosenPeriod() is not { } period)
        {
            // The dashboard shows the same choice with its problems explained.
            return Redirect("/statistics" + Request.QueryString);
        }
        var report = await calculator.ComputeAsync(period, ct: ct);
        var workbook = StatisticsWorkbook.Build(report, ForPublication);
        Db.RecordAudit(AuditAction.Export, "Statistics", detail: $"{period.Label} ({period.From:yyyy-MM-dd} to {period.To:yyyy-MM-dd}), {(ForPublication ? "for publication" : "internal")}");
        await Db.SaveChangesAsync(ct);
        return File(PrintedFor.Mark(workbook, PrintedFor.Line(HttpContext)), StatisticsWorkbook.ContentType, StatisticsWorkbook.FileName(report, ForPublication));
    }
}
