using Marac.Data;
using Marac.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Governance.Retention;

/// <summary>Retention for administrators: what is due, and running the anonymisation or the audit purge now. Counts only, never case content.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class IndexModel(MaracDbContext db, CaseAnonymiser anonymiser, AuditPurger purger, TimeProvider clock) : PageModel
{
    public RetentionCutoffs Cutoffs { get; private set; } = null!;

    public int CasesDue { get; private set; }

    public int CasesOnHold { get; private set; }

    public int CasesAnonymised { get; private set; }

    public long AuditDue { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAnonymiseAsync(CancellationToken ct)
    {
        var count = await anonymiser.RunAsync(ct);
        TempData["Success"] = count == 1 ? "1 case anonymised" : $"{count} cases anonymised";
        return Redirect("/governance/retention");
    }

    public async Task<IActionResult> OnPostPurgeAuditAsync(CancellationToken ct)
    {
        if (User.StaffUserId() is not { } userId)
        {
            return Forbid();
        }
        var result = await purger.PurgeAsync(userId, ct);
        TempData["Success"] = result.Deleted == 0
            ? "No audit events were old enough to delete"
            : $"{result.Deleted} audit events deleted, up to number {result.LastPurgedSequence}. The rest of the trail still verifies from the checkpoint";
        return Redirect("/governance/retention");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var settings = await db.PartnershipSettings.AsNoTracking().FirstOrDefaultAsync(ct);
        Cutoffs = RetentionCutoffs.From(settings, clock);
        CasesDue = (await anonymiser.DueAsync(ct)).Count;
        CasesOnHold = await db.Referrals.CountAsync(r => r.LegalHoldReason != null && r.AnonymisedAt == null, ct);
        CasesAnonymised = await db.Referrals.CountAsync(r => r.AnonymisedAt != null, ct);
        AuditDue = await purger.ExpiredCountAsync(db, ct);
    }
}
