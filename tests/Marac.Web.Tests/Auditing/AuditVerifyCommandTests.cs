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
    public async Task The_command_line_verifier_passes_the_demo_trail_and_reports_an_edited_event()
    {
        using (var client = app.CreateClientAs(DemoUsers.For(Marac.Data.Entities.AppRoles.Coordinator).ObjectId))
        {
            (await client.GetAsync("/referrals")).EnsureSuccessStatusCode();
        }
        var intact = new StringWriter();
        (await AuditVerifyCommand.RunAsync(app.Services, intact)).ShouldBe(0, intact.ToString());
        intact.ToString().ShouldStartWith("The audit trail is intact");

        var target = await app.WithDbAsync(db => db.AuditEvents.OrderBy(e => e.Sequence).Select(e => e.Sequence).Skip(2).FirstAsync());
        await app.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE AuditEvents SET Outcome = {"nothing to see"} WHERE Sequence = {target}"));
        var altered = new StringWriter();

        (await AuditVerifyCommand.RunAsync(app.Services, altered)).ShouldBe(1);

        altered.ToString().ShouldContain($"Event number {target} has been changed since it was written");
        altered.ToString().ShouldContain($"EditedEvent at sequence {target}");
    }
}
