using System.ComponentModel.DataAnnotations;
using Marac.Data;
using Marac.Data.Entities;
using Marac.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marac.Web.Features.Statistics.Import;

/// <summary>
/// Upload a historical case list, see every problem by row and column, then import it (all rows,
/// or only the valid ones) or download the rejected rows. Shows personal data: coordinators and administrators only.
/// </summary>
[Authorize(Policy = Policies.CaseImport)]
[RefuseLargeUpload]
[RequestFormLimits(MultipartBodyLengthLimit = CaseListFile.MaxBytes + RefuseLargeUploadAttribute.Slack)]
public sealed class IndexModel(MaracDbContext db, ImportFileStore store, CaseListChecker checker, CaseListImporter importer,
    ImportProgressRegistry progress) : PageModel
{
    public const int PreviewRows = 10;
    public const int ProblemsShown = 1000;

    [Display(Name = "Case list")]
    public IFormFile? Upload { get; set; }

    /// <summary>The stored file's random name, carried in the preview's forms (never in a URL).</summary>
    [BindProperty]
    public string? Token { get; set; }

    /// <summary>A random id for this page's next check or import, so the page can ask how far it has got.</summary>
    [BindProperty]
    public string? ProgressId { get; set; }

    /// <summary>The id the forms on the page carry for their check or import.</summary>
    public string NextProgressId { get; } = Guid.NewGuid().ToString("N");

    public CaseListCheck? Check { get; private set; }
    public ImportSummary? Imported { get; private set; }

    public void OnGet(string? problem)
    {
        if (problem == "too-large")
        {
            ModelState.AddModelError(nameof(Upload), CaseListFile.TooLarge);
        }
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? upload, CancellationToken ct)
    {
        if (upload is null || upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Select a case list");
            return Page();
        }
        if (upload.Length > CaseListFile.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), CaseListFile.TooLarge);
            return Page();
        }
        await using (var stream = upload.OpenReadStream())
        {
            Token = await store.SaveAsync(stream, ct);
        }
        return await PreviewAsync(ct);
    }

    /// <summary>How far the check or import with this id has got, for the page's status message (counts only).</summary>
    public IActionResult OnGetProgress(string? id) =>
        progress.Find(id, UserKey) is { } report
            ? new JsonResult(new { text = report.Text, done = report.Done, total = report.Total })
            : new JsonResult(new { text = (string?)null, done = 0, total = (int?)null });

    private string UserKey => User.StaffUserId()?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? User.Identity?.Name ?? "";

    public Task<IActionResult> OnPostImportAsync(CancellationToken ct) => ImportAsync(validRowsOnly: false, ct);

    public Task<IActionResult> OnPostImportValidAsync(CancellationToken ct) => ImportAsync(validRowsOnly: true, ct);

    public async Task<IActionResult> OnPostRejectedAsync(CancellationToken ct)
    {
        await using var file = store.Open(Token);
        if (file is null)
        {
            return Expired();
        }
        var check = await checker.CheckAsync(file, ct);
        file.Position = 0;
        var output = new MemoryStream();
        await RejectedRowsCsv.WriteAsync(file, check, output, ct);
        db.RecordAudit(AuditAction.Export, "Import", detail: $"Rejected rows of a case list: {check.RejectedRows.Count} rows");
        await db.SaveChangesAsync(ct);
        output.Position = 0;
        return File(output, RejectedRowsCsv.ContentType, RejectedRowsCsv.FileName);
    }

    private async Task<IActionResult> ImportAsync(bool validRowsOnly, CancellationToken ct)
    {
        CaseListCheck check;
        var tracker = progress.Track(ProgressId, UserKey);
        await using (var file = store.Open(Token))
        {
            if (file is null)
            {
                return Expired();
            }
            check = await checker.CheckAsync(file, ct, tracker.Reading);
        }
        var allowed = validRowsOnly ? !check.FileRejected && check.Valid.Count > 0 : check.AllValid;
        if (!allowed)
        {
            Check = check;
            ModelState.AddModelError(string.Empty, "Nothing was imported: correct the problems below, or import only the valid rows");
            return Page();
        }
        Imported = await importer.ImportAsync(check.Valid, check.RejectedRows.Count, ct, tracker.Saving(check.Valid.Count));
        store.Delete(Token);
        Token = null;
        return Page();
    }

    private async Task<IActionResult> PreviewAsync(CancellationToken ct)
    {
        if (Token is null)
        {
            ModelState.AddModelError(nameof(Upload), CaseListFile.TooLarge);
            return Page();
        }
        await using var file = store.Open(Token);
        if (file is null)
        {
            return Expired();
        }
        Check = await checker.CheckAsync(file, ct, progress.Track(ProgressId, UserKey).Reading);
        if (Check.FileRejected)
        {
            foreach (var problem in Check.Problems)
            {
                ModelState.AddModelError(nameof(Upload), problem.Reason);
            }
            await file.DisposeAsync();
            store.Delete(Token);
            Token = null;
            Check = null;
        }
        return Page();
    }

    private PageResult Expired()
    {
        ModelState.AddModelError(nameof(Upload), "The uploaded file is no longer kept (files are deleted after an hour): upload it again");
        Token = null;
        return Page();
    }
}
