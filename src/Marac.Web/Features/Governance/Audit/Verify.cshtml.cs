using Marac.Data;
using Marac.Data.Auditing;
using Marac.Data.Entities;
using Marac.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marac.Web.Features.Governance.Audit;

/// <summary>Checks every link and hash of the audit trail, from the last purge checkpoint onwards.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class VerifyModel(AuditChainVerifier verifier, MaracDbContext db) : PageModel
{
    public AuditChainResult? Result { get; private set; }

    public AuditCheckpoint? Checkpoint { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Checkpoint = await LatestCheckpointAsync(ct);

    public async Task OnPostAsync(CancellationToken ct)
    {
        Checkpoint = await LatestCheckpointAsync(ct);
        Result = await verifier.VerifyAsync(ct);
        db.RecordAudit(AuditAction.View, "AuditChain", outcome: Result.IsIntact ? "intact" : $"broken at {Result.FirstBrokenSequence}");
        await db.SaveChangesAsync(ct);
    }

    private Task<AuditCheckpoint?> LatestCheckpointAsync(CancellationToken ct) =>
        db.AuditCheckpoints.AsNoTracking().OrderByDescending(c => c.LastPurgedSequence).FirstOrDefaultAsync(ct);
}
