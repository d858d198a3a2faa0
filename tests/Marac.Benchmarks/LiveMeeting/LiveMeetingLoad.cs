using System.Diagnostics;
using System.Globalization;
using Marac.Data.Demo;
using Marac.Web.Features.LiveMeeting;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Data.Sqlite;

namespace Marac.Benchmarks.LiveMeeting;

/// <summary>
/// The live-meeting load harness (not a BenchmarkDotNet benchmark): <c>dotnet run -c Release --project
/// tests/Marac.Benchmarks -- live-meeting</c>. Measures, for each action, the time from the recording call
/// (which saves, audits and then broadcasts) to its arrival at every attendee's connection, beside a raw
/// WebSocket relay measured in the same run; on one instance, and on two instances sharing Redis.
/// Each scenario runs twice: paced, each chair recording an action every <see cref="PacedInterval"/> (far faster
/// than a meeting agrees actions, but leaving the server room to answer), which is the latency the targets are
/// for; and flat out, each chair recording the next action the moment the last has reached everyone, which
/// measures throughput, the figures then being mostly time queued behind the other meetings' actions.
/// </summary>
public static class LiveMeetingLoad
{
    private static readonly int ActionsPerMeeting = int.TryParse(Environment.GetEnvironmentVariable("MARAC_LOAD_ACTIONS"), out var n) ? n : 40;

    /// <summary>
    /// Actions recorded before measuring, so the figures are of a warm server as it runs all day: with only a few,
    /// the hub's code was still being recompiled by the JIT's second tier while ten meetings were measured, which
    /// doubled their 99th percentile.
    /// </summary>
    private const int WarmUpActions = 20;

    /// <summary>Between one action's recording call and the next, per meeting: ten meetings record 40 actions a second between them.</summary>
    private static readonly TimeSpan PacedInterval = TimeSpan.FromMilliseconds(
        int.TryParse(Environment.GetEnvironmentVariable("MARAC_LOAD_INTERVAL_MS"), out var ms) ? ms : 250);

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == "live-meeting";

    /// <summary>Every scenario, or with a second argument such as <c>10x15</c>, <c>1x60-redis</c> <c>10x15-flat</c> or <c>raw</c> (or several, comma-separated) only those (for profiling).</summary>
    public static async Task RunAsync(TextWriter output, string[] args)
    {
        var only = args.Length > 1 ? args[1].Split(',') : null;
        if (only is null || only.Contains("raw"))
        {
            output.WriteLine($"Raw WebSocket relay, 60 clients: {(await RawWebSocketBaseline.RunAsync(60, ActionsPerMeeting)).Summary()}");
            output.WriteLine($"Raw WebSocket relay, 150 clients: {(await RawWebSocketBaseline.RunAsync(150, ActionsPerMeeting)).Summary()}");
        }
        foreach (var redis in new[] { false, true })
        {
            var label = redis ? "two instances with Redis" : "one instance";
            foreach (var (meetings, attendees) in new[] { (1, 60), (10, 15) })
            {
                foreach (var paced in new[] { true, false })
                {
                    if (only is null || only.Contains($"{meetings}x{attendees}{(redis ? "-redis" : "")}{(paced ? "" : "-flat")}"))
                    {
                        var pace = paced ? $"paced, an action every {PacedInterval.TotalMilliseconds:0} ms per meeting" : "flat out";
                        var run = await ScenarioAsync(meetings, attendees, redis, paced);
                        output.WriteLine($"SignalR, {meetings} meeting{(meetings > 1 ? "s" : "")} x {attendees} attendees, {label}, {pace}: {run.Summary()}");
                    }
                }
            }
        }
    }

    private static async Task<Latencies> ScenarioAsync(int meetings, int attendees, bool withRedis, bool paced)
    {
        var database = Path.Combine(Path.GetTempPath(), $"marac-live-load-{Guid.NewGuid():N}.db");
        using var redis = withRedis ? new RedisProcess() : null;
        var hosts = new List<LiveMeetingHost> { new(database, redis?.ConnectionString) };
        try
        {
            hosts[0].Start();
            if (withRedis)
            {
                hosts.Add(new LiveMeetingHost(database, redis!.ConnectionString));
                hosts[1].Start();
            }
            var live = await hosts[0].WithDbAsync(db => LiveMeetingSetupData.OpenAsync(db, meetings));
            var ids = await hosts[0].WithDbAsync(LiveMeetingSetupData.UserIdsAsync);
            var cookies = new Dictionary<Guid, string>();
            foreach (var (objectId, id) in ids)
            {
                cookies[objectId] = await hosts[0].SignInAsync(id);
            }
            var latencies = new Latencies();
            var everyoneJoined = new Arrivals();
            var recording = everyoneJoined.Expect(meetings);
            await Task.WhenAll(live.Select((m, n) => MeetingAsync(m, attendees, hosts, cookies, latencies, everyoneJoined,
                paced ? Staggered(recording, n, meetings) : recording, paced)));
            return latencies;
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { database, database + "-wal", database + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private static async Task MeetingAsync(LoadMeeting meeting, int attendees, List<LiveMeetingHost> hosts, Dictionary<Guid, string> cookies,
        Latencies latencies, Arrivals everyoneJoined, Task recording, bool paced)
    {
        var started = new System.Collections.Concurrent.ConcurrentDictionary<Guid, long>();
        var arrivals = new Arrivals();
        var connections = new List<HubConnection>();
        for (var n = 0; n < attendees; n++)
        {
            // The first attendee is the coordinator, who records; the rest are spread over the demo staff and the instances.
            var user = n == 0 ? DemoPartnership.CoordinatorObjectId : LiveMeetingSetupData.Attendees[n % LiveMeetingSetupData.Attendees.Length];
            var hub = hosts[n % hosts.Count].Hub(cookies[user]);
            hub.On<ActionView>("ActionChanged", action =>
            {
                var now = Stopwatch.GetTimestamp();
                if (started.TryGetValue(action.Id, out var start))
                {
                    if (start != 0)
                    {
                        latencies.Add(start, now);
                    }
                    arrivals.Signal();
                }
            });
            await hub.StartAsync();
            await hub.InvokeAsync<MeetingStateView>("JoinMeeting", meeting.Id);
            connections.Add(hub);
        }
        // Every meeting's attendees join before any meeting records, so joining is not measured as recording.
        everyoneJoined.Signal();
        await recording;
        var due = DateOnly.FromDateTime(DateTime.Today).AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var next = Stopwatch.GetTimestamp();
        for (var a = -WarmUpActions; a < ActionsPerMeeting; a++)
        {
            if (paced)
            {
                await UntilAsync(next);
                next += (long)(PacedInterval.TotalSeconds * Stopwatch.Frequency);
            }
            var all = arrivals.Expect(attendees);
            var input = new ActionInput(Guid.NewGuid(), meeting.AgendaItemId, meeting.OwnerAgencyId, $"Load action {a}", due, "Repeat assault");
            started[input.Id] = a < 0 ? 0 : Stopwatch.GetTimestamp();
            var outcome = await connections[0].InvokeAsync<ActionOutcome>("RecordAction", meeting.Id, input);
            if (!outcome.Saved || await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(10))) != all)
            {
                throw new InvalidOperationException($"Action {a} of meeting {meeting.Id}: saved {outcome.Saved}, not every one of {attendees} attendees received it.");
            }
            if (a >= 0)
            {
                latencies.Delivered();
            }
        }
        foreach (var hub in connections)
        {
            await hub.DisposeAsync();
        }
    }

    /// <summary>Paced meetings start a fraction of the interval apart, as meetings that merely run at the same time would.</summary>
    private static async Task Staggered(Task recording, int meeting, int meetings)
    {
        await recording;
        await Task.Delay(PacedInterval * meeting / meetings);
    }

    private static Task UntilAsync(long timestamp)
    {
        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), timestamp);
        return wait > TimeSpan.Zero ? Task.Delay(wait) : Task.CompletedTask;
    }

    /// <summary>Counts arrivals (of an action, or of meetings ready) without blocking a thread (the clients and the server share the pool).</summary>
    private sealed class Arrivals
    {
        private int _left;
        private TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Expect(int count)
        {
            _all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Volatile.Write(ref _left, count);
            return _all.Task;
        }

        public void Signal()
        {
            if (Interlocked.Decrement(ref _left) == 0)
            {
                _all.TrySetResult();
            }
        }
    }
}
