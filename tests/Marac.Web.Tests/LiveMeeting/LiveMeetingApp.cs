using System.Net;
using Marac.Data.Demo;
using Marac.Data.Entities;
using Marac.Web.Features.LiveMeeting;
using Marac.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using static Marac.Web.Tests.Administration.AdminTestData;
using static Marac.Web.Tests.Meetings.MeetingTestData;

namespace Marac.Web.Tests.LiveMeeting;

/// <summary>A case on the live meeting's agenda.</summary>
public sealed record LiveCase(int AgendaItemId, int ReferralId, bool WithChildren);

/// <summary>
/// An app of its own with one agenda published (every demo agency invited) and the meeting opened by the
/// coordinator. Attendees sign the statement through the page, as a browser would.
/// </summary>
public class LiveMeetingApp : MaracWebFactory
{
    private readonly Lazy<Task<int>> _meeting;
    private readonly Dictionary<string, string> _settings = new() { ["Cookies:SecureOnly"] = "true" };

    public LiveMeetingApp() => _meeting = new(OpenAsync);

    /// <summary>Extra configuration, set before the app first starts.</summary>
    public LiveMeetingApp With(string key, string value)
    {
        _settings[key] = value;
        return this;
    }

    protected override IReadOnlyDictionary<string, string> Settings => _settings;

    public Task<int> MeetingIdAsync() => _meeting.Value;

    public async Task<List<LiveCase>> CasesAsync()
    {
        var id = await MeetingIdAsync();
        return await WithDbAsync(db => db.AgendaItems.Where(i => i.MeetingId == id && i.Status != AgendaItemStatus.Deferred)
            .OrderBy(i => i.Section).ThenBy(i => i.Order)
            .Select(i => new LiveCase(i.Id, i.ReferralId, i.Referral.Children.Any() || i.Referral.ImportedChildrenCount > 0))
            .ToListAsync());
    }

    public async Task<LiveCase> CaseWithChildrenAsync() => (await CasesAsync()).First(c => c.WithChildren);

    public async Task<LiveCase> AdultOnlyCaseAsync() => (await CasesAsync()).First(c => !c.WithChildren);

    /// <summary>Agrees to the statement through the meeting page, as this user (once).</summary>
    public async Task SignAsync(Guid user, bool observer = false) => await this.SignStatementAsync(await MeetingIdAsync(), user, observer);

    /// <summary>A hub connection as this user (the test sign-in header), over the in-memory server.</summary>
    public HubConnection Hub(Guid user, Action<IHubConnectionBuilder>? configure = null) => this.HubAs(user, configure);

    /// <summary>A started connection, joined to the meeting.</summary>
    public async Task<(HubConnection Hub, MeetingStateView State)> JoinAsync(Guid user)
    {
        var hub = Hub(user);
        await hub.StartAsync();
        var state = await hub.InvokeAsync<MeetingStateView>("JoinMeeting", await MeetingIdAsync());
        return (hub, state);
    }

    private async Task<int> OpenAsync()
    {
        using var coordinator = CreateClientAs(AppRoles.Coordinator);
        var latest = await WithDbAsync(db => db.Meetings.MaxAsync(m => m.StartsAt));
        using var scheduled = await coordinator.SubmitMainFormAsync("/meetings/new", ScheduleFields(DateOnly.FromDateTime(latest).AddDays(70)));
        scheduled.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = IdFrom(scheduled.RedirectTarget());
        using var proposed = await coordinator.SubmitFormAsync($"/meetings/{id}", formSelector: "#propose-agenda");
        using var published = await coordinator.SubmitFormAsync($"/meetings/{id}", formSelector: "#publish-agenda");
        published.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var opened = await coordinator.SubmitFormAsync($"/meetings/{id}/live", [new("ConfirmEarlyOpen", "true")], "#open-meeting", "#open-meeting button");
        opened.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return id;
    }
}

public static class LiveHubClients
{
    /// <summary>Agrees to the statement of an open meeting through its page, as this user (once).</summary>
    public static async Task SignStatementAsync(this MaracWebFactory app, int meetingId, Guid user, bool observer = false)
    {
        using var client = app.CreateClientAs(user);
        var page = await client.GetPageAsync($"/meetings/{meetingId}/live");
        if (page.QuerySelector("#sign-statement") is null)
        {
            return;
        }
        using var response = await client.SubmitFormAsync(page, $"/meetings/{meetingId}/live",
            [new("Agree", "true"), new("Observer", observer ? "true" : "false")], "#sign-statement", "#sign-statement button");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    /// <summary>A hub connection as this user (the test sign-in header) over an app's in-memory server; <paramref name="frames"/> records what it receives.</summary>
    public static HubConnection HubAs(this MaracWebFactory app, Guid user, Action<IHubConnectionBuilder>? configure = null, FrameLog? frames = null) =>
        Connect(app.Server, MaracWebFactory.BaseAddress, headers =>
        {
            headers[TestAuthHandler.UserHeader] = user.ToString();
            headers[TestAuthHandler.TenantHeader] = DemoPartnership.DevelopmentTenantId.ToString();
        }, configure, frames);

    /// <summary>A hub connection over a test server: negotiation through its handler, WebSockets through its client.</summary>
    public static HubConnection Connect(TestServer server, Uri baseAddress, Action<IDictionary<string, string>> headers, Action<IHubConnectionBuilder>? configure = null,
        FrameLog? frames = null)
    {
        var values = new Dictionary<string, string>();
        headers(values);
        IHubConnectionBuilder builder = new HubConnectionBuilder().WithUrl(new Uri(baseAddress, MeetingHub.Path), o =>
        {
            o.HttpMessageHandlerFactory = _ => server.CreateHandler();
            foreach (var (key, value) in values)
            {
                o.Headers[key] = value;
            }
            o.WebSocketFactory = async (context, ct) =>
            {
                var client = server.CreateWebSocketClient();
                client.ConfigureRequest = request =>
                {
                    foreach (var (key, value) in values)
                    {
                        request.Headers[key] = value;
                    }
                };
                var socket = await client.ConnectAsync(context.Uri, ct);
                return frames is null ? socket : frames.Record(socket);
            };
        });
        configure?.Invoke(builder);
        return builder.Build();
    }

    /// <summary>Collects what one hub method delivers, and waits for a matching message.</summary>
    public static Inbox<T> Collect<T>(this HubConnection hub, string method)
    {
        var inbox = new Inbox<T>();
        hub.On<T>(method, inbox.Add);
        return inbox;
    }

    public static Inbox<CaseChange> CaseChanges(this HubConnection hub)
    {
        var inbox = new Inbox<CaseChange>();
        hub.On<CaseView?, string?>("CaseChanged", (current, notice) => inbox.Add(new CaseChange(current, notice)));
        return inbox;
    }
}

public sealed record CaseChange(CaseView? Current, string? Notice);

public sealed class Inbox<T>
{
    private readonly List<T> _received = [];
    private readonly SemaphoreSlim _arrived = new(0);

    public void Add(T message)
    {
        lock (_received)
        {
            _received.Add(message);
        }
        _arrived.Release();
    }

    public IReadOnlyList<T> Received
    {
        get
        {
            lock (_received)
            {
                return _received.ToList();
            }
        }
    }

    public async Task<T> WaitForAsync(Func<T, bool> match, int seconds = 10)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            if (Received.FirstOrDefault(match) is { } found)
            {
                return found;
            }
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _arrived.WaitAsync(left))
            {
                throw new ShouldAssertException($"No matching message arrived within {seconds} s; {Received.Count} arrived.");
            }
        }
    }
}
