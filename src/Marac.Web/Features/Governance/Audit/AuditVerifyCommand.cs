using Marac.Data;
using Marac.Data.Auditing;

namespace Marac.Web.Features.Governance.Audit;

/// <summary>
/// <c>dotnet run --project src/Marac.Web -- audit verify</c>: checks the database's audit trail against the keys and the
/// anchors outside it, prints the result and exits 0 when intact, 1 when altered.
/// </summary>
public static class AuditVerifyCommand
{
    public static bool IsRequested(string[] args) => args.Length > 1 && args[0] == "audit" && args[1] == "verify";

    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, string[]? args = null, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var file = args is null ? null : args.SkipWhile(a => a != "--file").Skip(1).FirstOrDefault();
        if (args?.Contains("--file") == true && (file is null || !File.Exists(file)))
        {
            await output.WriteLineAsync($"Usage: audit verify [--file <signed trail file>]{(file is null ? "" : $"\nNo file at {file}")}");
            return 2;
        }
        var result = file is null
            ? await scope.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAsync(ct)
            : SignedTrailFile.Verify(await File.ReadAllBytesAsync(file, ct), scope.ServiceProvider.GetRequiredService<AuditKeys>());
        await output.WriteLineAsync(result.IsIntact
            ? $"The audit trail is intact: {result.EventsChecked} events checked."
            : $"The audit trail has been altered: {VerifyModel.Describe(result)} ({result.Break} at sequence {result.FirstBrokenSequence}; {result.EventsChecked} events before it intact).");
        var db = scope.ServiceProvider.GetRequiredService<MaracDbContext>();
        db.RecordAudit(Marac.Data.Entities.AuditAction.View, "AuditChain", detail: file is null ? "command line" : "command line, exported file", outcome: result.IsIntact ? "intact" : $"broken at {result.FirstBrokenSequence}: {result.Break}");
        await db.SaveChangesAsync(ct);
        return result.IsIntact ? 0 : 1;
    }
}
