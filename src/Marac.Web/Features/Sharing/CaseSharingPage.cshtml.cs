using System.Globalization;
using Marac.Data;
using Marac.Data.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Sharing;

/// <summary>
/// For a coordinator: who may see one case (its grants), who must not (exclusions, seen only by
/// coordinators who are not themselves excluded), and who has seen it (the disclosure record).
/// </summary>
[ShowsCase]
public sealed class CaseSharingPageModel(MaracDbContext db, CaseAccessService access, CaseSharingOverview overview,
    ExclusionEditor exclusions, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public int? ExcludeUserId { get; set; }

    [BindProperty]
    public int? ExcludeAgencyId { get; set; }

    [BindProperty]
    public string? ExcludeReason { get; set; }

    [BindProperty]
    public int? ExclusionId { get; set; }

    [BindProperty]
    public string? RemoveReason { get; set; }

    public string Reference { get; private set; } = "";
    public IReadOnlyList<GrantRow> Grants { get; private set; } = [];
    public IReadOnlyList<ExclusionRow> Exclusions { get; private set; } = [];
    public IReadOnlyList<DisclosureRow> Disclosures { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Agencies { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Staff { get; private set; } = [];
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public async Task<IActionResult> OnPostExcludeAsync()
    {
        if (!(await access.DecideAsync(Id, User)).Allowed)
        {
            return await ShowAsync();
        }
        var problems = await exclusions.AddAsync(Id, ExcludeAgencyId, ExcludeUserId, ExcludeReason, User);
        foreach (var (field, message) in problems)
        {
            ModelState.AddModelError(field == "ExcludeWho" ? nameof(ExcludeUserId) : field, message);
        }
        if (problems.Count > 0)
        {
            return await ShowAsync();
        }
        TempData["Success"] = "Recorded: they no longer receive this case anywhere in Marac";
        return Redirect($"/cases/{Id}/sharing");
    }

    public async Task<IActionResult> OnPostRemoveExclusionAsync()
    {
        if (!(await access.DecideAsync(Id, User)).Allowed)
        {
            return await ShowAsync();
        }
        if (ExclusionId is null || !await exclusions.RemoveAsync(Id, ExclusionId.Value, RemoveReason, User))
        {
            ModelState.AddModelError(nameof(RemoveReason), "Enter why they may receive this case again");
            return await ShowAsync();
        }
        TempData["Success"] = "Exclusion lifted";
        return Redirect($"/cases/{Id}/sharing");
    }

    private async Task<IActionResult> ShowAsync()
    {
        var decision = await access.DecideAsync(Id, User);
        if (!decision.Allowed)
        {
            db.RecordAudit(AuditAction.Refused, nameof(Referral), Id.ToString(CultureInfo.InvariantCulture), outcome: $"sharing page: {decision.RefusedBecause}");
            await db.SaveChangesAsync();
            return NotFound();
        }
        Reference = await db.Referrals.Where(r => r.Id == Id).Select(r => r.Reference).FirstAsync();
        Grants = await overview.GrantsForCaseAsync(Id);
        Exclusions = await overview.ExclusionsAsync(Id);
        Disclosures = await overview.DisclosuresAsync(Id);
        Agencies = (await db.Agencies.AsNoTracking().Where(a => a.IsActive).OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync())
            .Select(a => (a.Id, a.Name)).ToList();
        Staff = (await db.StaffUsers.AsNoTracking().Where(u => u.Status == StaffUserStatus.Active).OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName }).ToListAsync()).Select(u => (u.Id, u.DisplayName)).ToList();
        db.RecordAudit(AuditAction.View, nameof(Referral), Id.ToString(CultureInfo.InvariantCulture), Id, detail: "CaseManagement", outcome: "sharing page");
        await db.SaveChangesAsync();
        return Page();
    }
}
