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
/// </summary>
public static class LiveMeetingLoad
{
    private static readonly int ActionsPerMeeting = int.TryParse(Environment.GetEnvironmentVariable("MARAC_LOAD_ACTIONS"), out var n) ? n : 40;

    /// <summary>Actions recorded before measuring, so the figures are of a warm server, not of its first-call compilation.</summary>
    private const int WarmUpActions = 3;

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == "live-meeting";

    /// <summary>Every scenario, or with a second argument such as <c>10x15</c> or <c>1x60-redis</c> only that one (for profiling).</summary>
    public static async Task RunAsync(TextWriter output, string[] args)
    {
        var only = args.Length > 1 ? args[1] : null;
        if (only is null)
        {
            output.WriteLine($"Raw WebSocket relay, 60 clients: {(await RawWebSocketBaseline.RunAsync(60, ActionsPerMeeting)).Summary()}");
            output.WriteLine($"Raw WebSocket relay, 150 clients: {(await RawWebSocketBaseline.RunAsync(150, ActionsPerMeeting)).Summary()}");
        }
        foreach (var redis in new[] { false, true })
        {
            var label = redis ? "two instances with Redis" : "one instance";
            foreach (var (meetings, attendees) in new[] { (1, 60), (10, 15) })
            {
                if (only is null || only == $"{meetings}x{attendees}{(redis ? "-redis" : "")}")
                {
                    output.WriteLine($"SignalR, {meetings} meeting{(meetings > 1 ? "s" : "")} x {attendees} attendees, {label}: {(await ScenarioAsync(meetings, attendees, redis)).Summary()}");
                }
            }
        }
    }

    private static async Task<Latencies> ScenarioAsync(int meetings, int attendees, bool withRedis)
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
            await Task.WhenAll(live.Select(m => MeetingAsync(m, attendees, hosts, cookies, latencies, everyoneJoined, recording)));
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
        Latencies latencies, Arrivals everyoneJoined, Task recording)
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
        for (var a = -WarmUpActions; a < ActionsPerMeeting; a++)
        {
            var all = arrivals.Expect(attendees);
            var input = new ActionInput(Guid.NewGuid(), meeting.AgendaItemId, meeting.OwnerAgencyId, $"Load action {a}", due, "Repeat assault");
            started[input.Id] = a < 0 ? 0 : Stopwatch.GetTimestamp();
            var outcome = await connections[0].InvokeAsync<ActionOutcome>("RecordAction", meeting.Id, input);
            if (!outcome.Saved || await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(10))) != all)
            {
                throw new InvalidOperationException($"Action {a} of meeting {meeting.Id}: saved {outcome.Saved}, not every one of {attendees} attendees received it.");
            }
        }
        foreach (var hub in connections)
        {
            await hub.DisposeAsync();
        }
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
