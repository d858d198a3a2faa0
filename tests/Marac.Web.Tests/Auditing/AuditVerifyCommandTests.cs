using Marac.Web.Features.Governance.Audit;
using Marac.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Tests.Auditing;

/// <summary>
/// <c>audit verify</c> on the command line: the demo partnership's trail verifies under the configured key and its
/// anchors; an event edited in the database is reported by sequence and kind, with exit code 1.
/// </summary>
public sealed class AuditVerifyCommandTests(MaracWebFactory app) : IClassFixture<MaracWebFactory>
{
    [Fact]
    public async Task A_downloaded_signed_copy_verifies_offline_and_a_copy_with_one_changed_byte_does_not()
    {
        using var admin = app.CreateClientAs(Marac.Data.Demo.DemoPartnership.AdministratorObjectId);
        var page = await admin.GetPageAsync("/governance/audit/verify");
        var link = page.QuerySelector("#download-signed")!.GetAttribute("href")!;
        using var download = await admin.GetAsync(link);
        download.EnsureSuccessStatusCode();
        var bytes = await download.Content.ReadAsByteArrayAsync();
        var file = Path.Combine(Path.GetTempPath(), $"marac-trail-{Guid.NewGuid():N}.jsonl");
        try
        {
            await File.WriteAllBytesAsync(file, bytes);
            var good = new StringWriter();
            (await AuditVerifyCommand.RunAsync(app.Services, good, ["audit", "verify", "--file", file])).ShouldBe(0, good.ToString());

            var changed = (byte[])bytes.Clone();
            var at = Array.IndexOf(changed, (byte)'"', changed.Length / 2);
            changed[at + 1] = (byte)(changed[at + 1] == (byte)'a' ? 'b' : 'a');
            await File.WriteAllBytesAsync(file, changed);
            var bad = new StringWriter();

            (await AuditVerifyCommand.RunAsync(app.Services, bad, ["audit", "verify", "--file", file])).ShouldBe(1);
            bad.ToString().ShouldContain("The file has been changed since Marac signed it");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task The_command_line_verifier_passes_the_demo_trail_and_reports_an_edited_event()
    {
        using (var client = app.CreateClientAs(DemoUsers.For(Marac.Data.Entities.AppRoles.Coordinator).ObjectId))
        {
            (await client.GetAsync("/referrals")).EnsureSuccessStatusCode();
        }
        var intact = new StringWriter();
        (await AuditVerifyCommand.RunAsync(app.Services, intact)).ShouldBe(0, intact.ToString());
        intact.ToString().ShouldStartWith("The audit trail is intact");

        var target = await app.WithDbAsync(db => db.AuditEvents.OrderBy(e => e.Sequence).Skip(2).Select(e => new { e.Sequence, e.Outcome }).FirstAsync());
        try
        {
            await app.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE AuditEvents SET Outcome = {"nothing to see"} WHERE Sequence = {target.Sequence}"));
            var altered = new StringWriter();

            (await AuditVerifyCommand.RunAsync(app.Services, altered)).ShouldBe(1);

            altered.ToString().ShouldContain($"Event number {target.Sequence} has been changed since it was written");
            altered.ToString().ShouldContain($"EditedEvent at sequence {target.Sequence}");
        }
        finally
        {
            // The other test of this class reads the same trail.
            await app.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE AuditEvents SET Outcome = {target.Outcome} WHERE Sequence = {target.Sequence}"));
        }
    }
}
