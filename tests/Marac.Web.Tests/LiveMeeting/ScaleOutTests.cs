using System.Globalization;
using Marac.Data.Demo;
using Marac.Web.Features.LiveMeeting;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using static Marac.Web.Tests.Meetings.MeetingTestData;

namespace Marac.Web.Tests.LiveMeeting;

/// <summary>Two app instances on one database, sharing a Redis backplane, as behind a load balancer.</summary>
public sealed class TwoInstancesWithRedis : IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"marac-scale-out-{Guid.NewGuid():N}.db");

    public RedisServer Redis { get; } = new();

    public LiveMeetingApp First { get; private set; } = null!;

    public LiveMeetingApp Second { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        First = Instance();
        await First.MeetingIdAsync();
        Second = Instance();
        _ = Second.Server;
    }

    public async Task DisposeAsync()
    {
        await Second.DisposeAsync();
        await First.DisposeAsync();
        Redis.Dispose();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }

    private LiveMeetingApp Instance() => new LiveMeetingApp()
        .With("ConnectionStrings:Marac", $"Data Source={_database}")
        .With("SignalR:Redis", Redis.ConnectionString);
}

public sealed class ScaleOutTests(TwoInstancesWithRedis apps) : IClassFixture<TwoInstancesWithRedis>
{
    [Fact]
    public async Task An_action_recorded_through_one_instance_reaches_a_client_of_the_other()
    {
        var meeting = await apps.First.MeetingIdAsync();
        var item = (await apps.First.CasesAsync()).First(c => c.WithChildren);
        await apps.First.SignAsync(DemoPartnership.CoordinatorObjectId);
        await apps.First.SignAsync(DemoPartnership.PoliceRepresentativeObjectId);
        await using var coordinator = apps.First.Hub(DemoPartnership.CoordinatorObjectId);
        await using var police = apps.Second.Hub(DemoPartnership.PoliceRepresentativeObjectId);
        await coordinator.StartAsync();
        await police.StartAsync();
        await coordinator.InvokeAsync<MeetingStateView>("JoinMeeting", meeting);
        await police.InvokeAsync<MeetingStateView>("JoinMeeting", meeting);
        var arrived = police.Collect<ActionView>("ActionChanged");
        var owner = (await apps.First.StaffAsync(DemoPartnership.PoliceRepresentativeObjectId)).AgencyId;
        await coordinator.InvokeAsync("MoveToCase", meeting, item.AgendaItemId);
        var input = new ActionInput(Guid.NewGuid(), item.AgendaItemId, owner, "Share the bail conditions with the IDVA",
            apps.First.Today().AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null);

        (await coordinator.InvokeAsync<ActionOutcome>("RecordAction", meeting, input)).Saved.ShouldBeTrue();

        (await arrived.WaitForAsync(a => a.Id == input.Id)).Description.ShouldBe(input.Description!);
    }

    [Fact]
    public async Task Disconnecting_a_user_through_one_instance_closes_their_connection_on_the_other()
    {
        var meeting = await apps.First.MeetingIdAsync();
        await apps.First.SignAsync(DemoPartnership.HealthRepresentativeObjectId);
        await using var health = apps.Second.Hub(DemoPartnership.HealthRepresentativeObjectId);
        var closed = new TaskCompletionSource();
        health.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
        await health.StartAsync();
        await health.InvokeAsync<MeetingStateView>("JoinMeeting", meeting);
        var user = await apps.First.StaffAsync(DemoPartnership.HealthRepresentativeObjectId);

        await apps.First.Services.GetRequiredService<IMeetingConnections>().DisconnectUserAsync(user.Id);

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
