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
    private const int ActionsPerMeeting = 40;

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == "live-meeting";

    public static async Task RunAsync(TextWriter output)
    {
        output.WriteLine($"Raw WebSocket relay, 60 clients: {(await RawWebSocketBaseline.RunAsync(60, ActionsPerMeeting)).Summary()}");
        output.WriteLine($"Raw WebSocket relay, 150 clients: {(await RawWebSocketBaseline.RunAsync(150, ActionsPerMeeting)).Summary()}");
        foreach (var redis in new[] { false, true })
        {
            var label = redis ? "two instances with Redis" : "one instance";
            output.WriteLine($"SignalR, 1 meeting x 60 attendees, {label}: {(await ScenarioAsync(1, 60, redis)).Summary()}");
            output.WriteLine($"SignalR, 10 meetings x 15 attendees, {label}: {(await ScenarioAsync(10, 15, redis)).Summary()}");
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
            await Task.WhenAll(live.Select(m => MeetingAsync(m, attendees, hosts, cookies, latencies)));
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

    private static async Task MeetingAsync(LoadMeeting meeting, int attendees, List<LiveMeetingHost> hosts, Dictionary<Guid, string> cookies, Latencies latencies)
    {
        var started = new System.Collections.Concurrent.ConcurrentDictionary<Guid, long>();
        var arrivals = new CountdownEvent(0);
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
                    latencies.Add(start, now);
                    arrivals.Signal();
                }
            });
            await hub.StartAsync();
            await hub.InvokeAsync<MeetingStateView>("JoinMeeting", meeting.Id);
            connections.Add(hub);
        }
        var due = DateOnly.FromDateTime(DateTime.Today).AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        for (var a = 0; a < ActionsPerMeeting; a++)
        {
            arrivals.Reset(attendees);
            var input = new ActionInput(Guid.NewGuid(), meeting.AgendaItemId, meeting.OwnerAgencyId, $"Load action {a}", due, "Repeat assault");
            started[input.Id] = Stopwatch.GetTimestamp();
            var outcome = await connections[0].InvokeAsync<ActionOutcome>("RecordAction", meeting.Id, input);
            if (!outcome.Saved || !arrivals.Wait(TimeSpan.FromSeconds(10)))
            {
                throw new InvalidOperationException($"Action {a} of meeting {meeting.Id}: saved {outcome.Saved}, {arrivals.CurrentCount} of {attendees} attendees never received it.");
            }
        }
        foreach (var hub in connections)
        {
            await hub.DisposeAsync();
        }
    }
}
