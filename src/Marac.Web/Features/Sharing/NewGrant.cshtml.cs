using Marac.Data;
using Marac.Data.Entities;
using Marac.Sharing.Categories;
using Marac.Sharing.Grants;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Sharing;

/// <summary>A coordinator grants an agency or one person access to a meeting's cases or to one case.</summary>
public sealed class NewGrantModel(MaracDbContext db, GrantEditor editor, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? MeetingId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? ReferralId { get; set; }

    [BindProperty]
    public int? AgencyId { get; set; }

    [BindProperty]
    public int? StaffUserId { get; set; }

    [BindProperty]
    public string? Purpose { get; set; }

    [BindProperty]
    public int? LawfulBasisId { get; set; }

    [BindProperty]
    public List<DataCategory> Categories { get; set; } = [];

    [BindProperty]
    public DateOnly? ValidUntil { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public IReadOnlyList<Agency> Agencies { get; private set; } = [];
    public IReadOnlyList<StaffUser> Staff { get; private set; } = [];
    public IReadOnlyList<LawfulBasis> Bases { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (MeetingId is null && ReferralId is null)
        {
            return NotFound();
        }
        ValidUntil = UkTime.Today(clock).AddDays(28);
        await LoadChoicesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ValidUntil is null && ModelState.GetFieldValidationState(nameof(ValidUntil)) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            ModelState.AddModelError(nameof(ValidUntil), "Enter the date access ends");
        }
        if (ModelState.IsValid)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var request = new GrantRequest(AgencyId, StaffUserId, ReferralId is null ? MeetingId : null, ReferralId, Purpose, LawfulBasisId,
                CategorySet.Of(Categories), now, SharingForms.EndOfUkDay(ValidUntil!.Value), Reason);
            var result = await editor.CreateAsync(request, User);
            if (result.Outcome == GrantEditOutcome.Saved)
            {
                TempData["Success"] = "Access granted. It applies from the next page they open.";
                return Redirect($"/grants/{result.GrantId}");
            }
            SharingForms.AddProblems(ModelState, result.Problems, f => f switch { "ValidTo" => nameof(ValidUntil), "Scope" => "", _ => f });
        }
        await LoadChoicesAsync();
        return Page();
    }

    private async Task LoadChoicesAsync()
    {
        Agencies = await db.Agencies.AsNoTracking().Where(a => a.IsActive).OrderBy(a => a.Name).ToListAsync();
        Staff = await editor.GrantHoldersAsync();
        Bases = await db.LawfulBases.AsNoTracking().Where(b => b.IsActive).OrderBy(b => b.Name).ToListAsync();
    }
}
