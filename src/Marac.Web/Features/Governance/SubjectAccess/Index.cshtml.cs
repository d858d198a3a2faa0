using Marac.Web.Features.Shared;
using Marac.Data;
using Marac.Data.Entities;
using Marac.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marac.Web.Features.Governance.SubjectAccess;

/// <summary>
/// The subject access helper for coordinators: everything held about a named person, flagged for review
/// before release. The name is posted, never put in a URL; the search and each export are audited with the
/// names of the criteria used, never their values.
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class IndexModel(SubjectAccessFinder finder, MaracDbContext db, Requests.SubjectAccessLog log) : PageModel
{
    /// <summary>Open requests in the log past their time limit, and those due within the reminder period.</summary>
    public (int Overdue, int DueSoon) Reminders { get; private set; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        Reminders = await log.RemindersAsync(Requests.SubjectAccessStatus.ReminderDays, HttpContext.RequestAborted);
        await next();
    }

    [BindProperty]
    public SubjectSearch Search { get; set; } = new();

    public SubjectAccessReport? Report { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await RunAsync(AuditAction.Search, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostExportAsync(CancellationToken ct)
    {
        if (!await RunAsync(AuditAction.Export, ct))
        {
            return Page();
        }
        return File(PrintedFor.Mark(SubjectAccessWorkbook.Build(Report!), PrintedFor.Line(HttpContext)), SubjectAccessWorkbook.ContentType, "subject-access.xlsx");
    }

    private async Task<bool> RunAsync(AuditAction action, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return false;
        }
        Report = await finder.FindAsync(Search, User.StaffUserId(), User.AgencyId(), ct);
        db.RecordAudit(action, Recipients.SubjectAccessEntity, detail: Search.Describe(), outcome: $"{Report.Cases.Count} cases");
        foreach (var held in Report.Cases)
        {
            var categories = string.Join(',', held.Fields.Select(f => f.Category).Distinct().Order());
            db.RecordAudit(action == AuditAction.Export ? AuditAction.Export : AuditAction.View, Recipients.SubjectAccessEntity,
                referralId: held.ReferralId, detail: categories);
        }
        await db.SaveChangesAsync(ct);
        return true;
    }
}
