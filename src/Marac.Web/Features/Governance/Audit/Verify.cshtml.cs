using Marac.Data;
using Marac.Data.Auditing;
using Marac.Data.Entities;
using Marac.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marac.Web.Features.Governance.Audit;

/// <summary>Checks every link and hash of the audit trail, from the last purge checkpoint onwards.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class VerifyModel(AuditChainVerifier verifier, MaracDbContext db, IAuditAnchorStore anchors, TimeProvider clock) : PageModel
{
    public AuditChainResult? Result { get; private set; }

    public AuditCheckpoint? Checkpoint { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Checkpoint = await LatestCheckpointAsync(ct);

    public async Task OnPostAsync(CancellationToken ct)
    {
        Checkpoint = await LatestCheckpointAsync(ct);
        Result = await verifier.VerifyAsync(ct);
        db.RecordAudit(AuditAction.View, "AuditChain", outcome: Result.IsIntact ? "intact" : $"broken at {Result.FirstBrokenSequence}: {Result.Break}");
        await db.SaveChangesAsync(ct);
        if (Result.IsIntact)
        {
            await AuditAnchoring.AnchorHeadAsync(db, anchors, clock.GetUtcNow().UtcDateTime, ct);
        }
    }

    /// <summary>The whole trail as a signed file an auditor can check offline (<c>audit verify --file</c>).</summary>
    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken ct)
    {
        db.RecordAudit(AuditAction.Export, "AuditChain", detail: "signed copy of the whole trail");
        await db.SaveChangesAsync(ct);
        var output = new MemoryStream();
        await SignedTrailFile.WriteAsync(db, await anchors.ReadAllAsync(ct), output, ct);
        output.Position = 0;
        var stamp = UkTime.Now(clock).ToString("yyyy-MM-dd-HHmm", System.Globalization.CultureInfo.InvariantCulture);
        return File(output, "application/x-ndjson", $"audit-trail-signed-{stamp}.jsonl");
    }

    /// <summary>The break in the words of an information-governance lead.</summary>
    public static string Describe(AuditChainResult result) => result.Break switch
    {
        AuditBreak.EditedEvent => $"Event number {result.FirstBrokenSequence} has been changed since it was written.",
        AuditBreak.BrokenLink => $"Event number {result.FirstBrokenSequence} does not follow on from the event before it.",
        AuditBreak.MissingEvents => $"Events from number {result.FirstBrokenSequence} are missing: they were deleted.",
        AuditBreak.TruncatedTail => $"The last events, from number {result.FirstBrokenSequence}, have been deleted.",
        AuditBreak.HeadMismatch => $"Events from number {result.FirstBrokenSequence} were written outside Marac, or its record of the last event was changed.",
        AuditBreak.ForgedCheckpoint => $"The deletion recorded up to event number {result.FirstBrokenSequence} was not made by Marac's retention: it is forged.",
        AuditBreak.EventsBeforeCheckpoint => $"Event number {result.FirstBrokenSequence} should have been deleted with the retention checkpoint after it: events were removed from the middle.",
        AuditBreak.FileAltered => "The file has been changed since Marac signed it.",
        AuditBreak.AnchorMismatch => $"Event number {result.FirstBrokenSequence} is not the event recorded outside the database when it was written.",
        AuditBreak.ForgedAnchor => $"The record kept outside the database for event number {result.FirstBrokenSequence} was not made by Marac.",
        AuditBreak.UnknownKey => $"Event number {result.FirstBrokenSequence} is signed with a key Marac does not hold.",
        _ => $"Event number {result.FirstBrokenSequence} is missing, out of order or has been changed.",
    };

    private Task<AuditCheckpoint?> LatestCheckpointAsync(CancellationToken ct) =>
        db.AuditCheckpoints.AsNoTracking().OrderByDescending(c => c.LastPurgedSequence).FirstOrDefaultAsync(ct);
}
