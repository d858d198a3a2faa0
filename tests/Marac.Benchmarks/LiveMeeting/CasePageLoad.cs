using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using Marac.Data;
using Marac.Data.Auditing;
using Marac.Data.Demo;
using Marac.Data.Entities;
using Marac.Sharing.Grants;
using Marac.Web.Features.Meetings;
using Marac.Web.Features.Sharing;
using Marac.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marac.Benchmarks.LiveMeeting;

/// <summary>
/// The case page under load: <c>dotnet run -c Release --project tests/Marac.Benchmarks -- case-page-load</c>.
/// Runs wrk (Debian's) against the real app on Kestrel over loopback, 50 connections, first <c>/health</c> and then
/// the redacted case page of a demo representative who holds a grant, on the same host in the same run; then
/// counts the page's disclosure events, so "every view audited" is measured rather than assumed.
/// </summary>
public static class CasePageLoad
{
    private const int Connections = 50;
    private static readonly int Seconds = int.TryParse(Environment.GetEnvironmentVariable("MARAC_LOAD_SECONDS"), out var s) ? s : 20;

    /// <summary>
    /// On two cores the runtime is still recompiling the page's code at its optimised tier for the first minute or so
    /// of load (the profile showed a sixth of the CPU in the JIT's background thread after 50 s), so the measured run
    /// starts once that has settled: a server runs for weeks, not a minute.
    /// </summary>
    private static readonly int WarmUpSeconds = int.TryParse(Environment.GetEnvironmentVariable("MARAC_LOAD_WARMUP_SECONDS"), out var w) ? w : 90;

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == "case-page-load";

    public static async Task RunAsync(TextWriter output)
    {
        var database = Path.Combine(Path.GetTempPath(), $"marac-case-load-{Guid.NewGuid():N}.db");
        using var host = new LiveMeetingHost(database, redis: null);
        host.Start();
        var (userId, referralId) = await GrantedCaseAsync(host);
        var cookie = await host.SignInAsync(userId);
        var casePage = new Uri(host.Root, $"cases/{referralId}");
        var script = WriteReportScript();

        await WrkAsync(new Uri(host.Root, "health"), cookie: null, script, seconds: 5);
        await WrkAsync(casePage, cookie, script, WarmUpSeconds);
        var health = await WrkAsync(new Uri(host.Root, "health"), cookie: null, script, Seconds);
        var extra = Environment.GetEnvironmentVariable("MARAC_LOAD_ALSO")?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [];
        foreach (var path in extra)
        {
            output.WriteLine($"{path}: {await WrkAsync(new Uri(host.Root, path.Replace("{case}", referralId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)), cookie, script, Seconds)}");
        }
        var viewsBefore = await ViewEventsAsync(host, userId, referralId);
        var page = await WrkAsync(casePage, cookie, script, Seconds);
        var audited = await ViewEventsAsync(host, userId, referralId) - viewsBefore;
        var chain = await host.WithDbAsync(db => new AuditChainVerifier(db).VerifyAsync());
        var intact = chain.IsIntact ? "intact" : $"broken at {chain.FirstBrokenSequence} ({chain.Break})";

        output.WriteLine($"wrk, {Connections} connections, {Seconds} s after {WarmUpSeconds} s of warm-up, loopback, SQLite, {Environment.ProcessorCount} cores");
        output.WriteLine($"/health: {health}");
        output.WriteLine($"Redacted case page: {page}");
        output.WriteLine($"Case page throughput as a share of /health: {page.RequestsPerSecond / health.RequestsPerSecond:P1}");
        output.WriteLine($"Case page views audited: {audited:N0} disclosure events for {page.Requests:N0} pages answered " +
            $"(wrk does not count answers still in flight when it stops); audit chain {intact}");
        File.Delete(script);
    }

    /// <summary>A demo representative and an accepted case their agency's grant opens with something withheld: the redacted page.</summary>
    private static async Task<(int UserId, int ReferralId)> GrantedCaseAsync(LiveMeetingHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MaracDbContext>();
        var access = scope.ServiceProvider.GetRequiredService<CaseAccessService>();
        await PublishNextMeetingAsync(host, db, scope.ServiceProvider.GetRequiredService<AgendaPublisher>());
        var representatives = await db.StaffUsers
            .Where(u => (u.Roles & AppRoles.AgencyRepresentative) == AppRoles.AgencyRepresentative && u.Status == StaffUserStatus.Active)
            .Select(u => u.Id).ToListAsync();
        var cases = await db.Referrals.Where(r => r.Status == ReferralStatus.Accepted).Select(r => r.Id).ToListAsync();
        foreach (var userId in representatives)
        {
            var viewer = await access.ViewerAsync(Principal(userId));
            var decisions = await access.DecideForCasesAsync(cases, viewer!);
            if (decisions.FirstOrDefault(d => d.Value.Basis == AccessBasis.Grant) is { Value: not null } granted)
            {
                return (userId, granted.Key);
            }
        }
        throw new InvalidOperationException("The demo partnership has no representative with a grant.");
    }

    /// <summary>Publishing an agenda is what grants the invited agencies their view of its cases.</summary>
    private static async Task PublishNextMeetingAsync(LiveMeetingHost host, MaracDbContext db, AgendaPublisher publisher)
    {
        var coordinator = await db.StaffUsers.Where(u => u.ObjectId == DemoPartnership.CoordinatorObjectId).Select(u => u.Id).SingleAsync();
        var upcoming = await db.Meetings.Where(m => m.Status != MeetingStatus.Published && m.StartsAt > DateTime.UtcNow)
            .OrderBy(m => m.StartsAt).Select(m => new { m.Id }).ToListAsync();
        var unlisted = await db.Referrals.Where(r => r.Status == ReferralStatus.Accepted && !db.AgendaItems.Any(i => i.ReferralId == r.Id))
            .OrderByDescending(r => r.ReferralDate).Select(r => r.Id).FirstAsync();
        foreach (var meeting in upcoming)
        {
            db.AgendaItems.Add(new AgendaItem { MeetingId = meeting.Id, ReferralId = unlisted, Section = AgendaSection.AdultOnlyCases, Order = 1 });
            db.MeetingAgencies.AddRange(await db.Agencies.Where(a => a.LawfulBasisId != null && !db.MeetingAgencies.Any(x => x.MeetingId == meeting.Id && x.AgencyId == a.Id))
                .Select(a => new MeetingAgency { MeetingId = meeting.Id, AgencyId = a.Id, Reason = InvitationReason.CoreMember }).ToListAsync());
            await db.SaveChangesAsync();
            var version = await db.Meetings.Where(m => m.Id == meeting.Id).Select(m => m.Version).SingleAsync();
            var result = await publisher.PublishAsync(meeting.Id, version, Principal(coordinator), host.Root.ToString());
            if (result.Outcome == AgendaOutcome.Done)
            {
                return;
            }
            throw new InvalidOperationException($"The next meeting could not be published: {result.Message}");
        }
    }

    private static ClaimsPrincipal Principal(int staffUserId) =>
        new(new ClaimsIdentity([new Claim(MaracClaims.StaffUserId, staffUserId.ToString(CultureInfo.InvariantCulture))], "Load"));

    private static Task<int> ViewEventsAsync(LiveMeetingHost host, int userId, int referralId) =>
        host.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.Action == AuditAction.View && e.ReferralId == referralId
            && e.UserId == userId));

    private static async Task<WrkResult> WrkAsync(Uri url, string? cookie, string script, int seconds)
    {
        var arguments = $"-t2 -c{Connections} -d{seconds}s -s {script} {(cookie is null ? "" : $"-H \"Cookie: {cookie}\"")} {url}";
        using var wrk = Process.Start(new ProcessStartInfo("wrk", arguments) { RedirectStandardOutput = true, UseShellExecute = false })
            ?? throw new InvalidOperationException("wrk did not start (apt-get install wrk).");
        var report = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        return WrkResult.Parse(report);
    }

    /// <summary>wrk's own report has no 95th percentile; its Lua hook prints the figures we need, one per line.</summary>
    private static string WriteReportScript()
    {
        var path = Path.Combine(Path.GetTempPath(), $"marac-wrk-{Guid.NewGuid():N}.lua");
        File.WriteAllText(path, """
            done = function(summary, latency, requests)
              io.write(string.format("requests=%d\n", summary.requests))
              io.write(string.format("seconds=%f\n", summary.duration / 1e6))
              io.write(string.format("non2xx=%d\n", summary.errors.status))
              io.write(string.format("errors=%d\n", summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
              io.write(string.format("p50=%f\n", latency:percentile(50) / 1000))
              io.write(string.format("p95=%f\n", latency:percentile(95) / 1000))
              io.write(string.format("p99=%f\n", latency:percentile(99) / 1000))
            end
            """);
        return path;
    }

    private sealed record WrkResult(long Requests, double Seconds, long NonSuccess, long Errors, double P50, double P95, double P99)
    {
        public double RequestsPerSecond => Requests / Seconds;

        public static WrkResult Parse(string report)
        {
            var values = report.Split('\n').Select(l => l.Split('=')).Where(p => p.Length == 2)
                .ToDictionary(p => p[0].Trim(), p => double.Parse(p[1], CultureInfo.InvariantCulture));
            return new((long)values["requests"], values["seconds"], (long)values["non2xx"], (long)values["errors"], values["p50"], values["p95"], values["p99"]);
        }

        public override string ToString() =>
            $"{RequestsPerSecond:N0} requests a second ({Requests:N0} in {Seconds:0.0} s), p50 {P50:0.0} ms, p95 {P95:0.0} ms, p99 {P99:0.0} ms, " +
            $"{NonSuccess} not 2xx, {Errors} socket errors";
    }
}
