using Marac.Data;
using Marac.Data.Entities;
using Marac.Sharing.Categories;
using Marac.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Sharing;

/// <summary>A coordinator widens, narrows, extends, shortens or revokes one grant, with a reason.</summary>
public sealed class GrantModel(MaracDbContext db, GrantEditor editor, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public List<DataCategory> Categories { get; set; } = [];

    [BindProperty]
    public DateOnly? ValidUntil { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public AccessGrant Grant { get; private set; } = null!;
    public List<AccessGrantChange> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return await RefusedAsync();
        }
        Version = Grant.Version;
        Categories = new CategorySet(Grant.Categories).ToList();
        ValidUntil = SharingForms.LastUkDay(Grant.ValidTo);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ValidUntil is null && ModelState.GetFieldValidationState(nameof(ValidUntil)) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            ModelState.AddModelError(nameof(ValidUntil), "Enter the date access ends");
        }
        if (!ModelState.IsValid)
        {
            return await ShowAgainAsync();
        }
        var result = await editor.ChangeAsync(Id, Version, CategorySet.Of(Categories), SharingForms.EndOfUkDay(ValidUntil!.Value), Reason, User);
        return await OutcomeAsync(result, "Access changed. It applies from the next page each person opens.");
    }

    public async Task<IActionResult> OnPostRevokeAsync()
    {
        ModelState.Clear();
        var result = await editor.RevokeAsync(Id, Version, Reason, User);
        return await OutcomeAsync(result, "Access revoked. It ends from the next page each person opens.");
    }

    private async Task<IActionResult> OutcomeAsync(GrantEditResult result, string success)
    {
        switch (result.Outcome)
        {
            case GrantEditOutcome.NotFound:
                return NotFound();
            case GrantEditOutcome.Saved:
                TempData["Success"] = success;
                return Redirect($"/grants/{Id}");
            case GrantEditOutcome.Conflict:
                ModelState.AddModelError("", "Someone else changed this grant while you were editing it. Check the current access and try again");
                return await ShowAgainAsync(reloadVersion: true);
            default:
                SharingForms.AddProblems(ModelState, result.Problems, f => f == "ValidTo" ? nameof(ValidUntil) : f);
                return await ShowAgainAsync();
        }
    }

    private async Task<IActionResult> ShowAgainAsync(bool reloadVersion = false)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }
        if (reloadVersion)
        {
            ModelState.Remove(nameof(Version));
            Version = Grant.Version;
        }
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var grant = await db.AccessGrants.AsNoTracking().Include(g => g.Agency).Include(g => g.StaffUser).Include(g => g.LawfulBasis)
            .Include(g => g.Meeting).FirstOrDefaultAsync(g => g.Id == Id);
        if (grant is null)
        {
            return false;
        }
        Grant = grant;
        History = await db.AccessGrantChanges.AsNoTracking().Where(c => c.AccessGrantId == Id).OrderBy(c => c.Id).ToListAsync();
        return true;
    }

    /// <summary>A forged or stale grant id: refused, and the attempt kept in the audit trail.</summary>
    private async Task<IActionResult> RefusedAsync()
    {
        db.RecordAudit(AuditAction.Refused, nameof(AccessGrant), Id.ToString(System.Globalization.CultureInfo.InvariantCulture), outcome: "no such grant");
        await db.SaveChangesAsync();
        return NotFound();
    }

    public bool IsLive => Grant.RevokedAt is null && Grant.ValidTo > clock.GetUtcNow().UtcDateTime;

    public string Grantee => Grant.StaffUser?.DisplayName ?? Grant.Agency?.Name ?? "Unknown";

    public int? StaffUserId => User.StaffUserId();
}
