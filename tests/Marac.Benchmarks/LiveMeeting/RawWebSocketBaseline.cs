using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Marac.Benchmarks.LiveMeeting;

/// <summary>The floor: Kestrel and raw WebSockets, one message relayed to every socket, no SignalR, no database.</summary>
public static class RawWebSocketBaseline
{
    public static async Task<Latencies> RunAsync(int clients, int messages)
    {
        var sockets = new ConcurrentDictionary<WebSocket, byte>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        await using var app = builder.Build();
        app.UseWebSockets();
        app.Map("/ws", async (HttpContext context) =>
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            sockets[socket] = 0;
            var buffer = new byte[256];
            while (true)
            {
                var received = await socket.ReceiveAsync(buffer, CancellationToken.None);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
                var payload = buffer.AsMemory(0, received.Count).ToArray();
                await Task.WhenAll(sockets.Keys.Select(s => SendAsync(s, payload)));
            }
            sockets.TryRemove(socket, out _);
        });
        await app.StartAsync();
        var uri = new Uri(app.Urls.First().Replace("http://", "ws://", StringComparison.Ordinal) + "/ws");
        var latencies = new Latencies();
        var started = new ConcurrentDictionary<string, long>();
        var arrivals = new CountdownEvent(0);
        var connected = new List<ClientWebSocket>();
        for (var i = 0; i < clients; i++)
        {
            var client = new ClientWebSocket();
            await client.ConnectAsync(uri, CancellationToken.None);
            connected.Add(client);
            _ = ReadAsync(client, started, latencies, () => arrivals.Signal());
        }
        while (sockets.Count < clients)
        {
            await Task.Delay(10);
        }
        for (var m = 0; m < messages; m++)
        {
            arrivals.Reset(clients);
            var id = Guid.NewGuid().ToString();
            started[id] = Stopwatch.GetTimestamp();
            await connected[0].SendAsync(Encoding.UTF8.GetBytes(id), WebSocketMessageType.Text, true, CancellationToken.None);
            arrivals.Wait(TimeSpan.FromSeconds(10));
            latencies.Delivered();
        }
        foreach (var client in connected)
        {
            client.Abort();
            client.Dispose();
        }
        await app.StopAsync();
        return latencies;
    }

    private static async Task SendAsync(WebSocket socket, byte[] payload)
    {
        try
        {
            await socket.SendAsync(payload, WebSocketMessageType.Text, true, CancellationToken.None);
        }
        catch (WebSocketException)
        {
            // A closing socket: the run is ending.
        }
    }

    private static async Task ReadAsync(ClientWebSocket client, ConcurrentDictionary<string, long> started, Latencies latencies, Action arrived)
    {
        var buffer = new byte[256];
        try
        {
            while (client.State == WebSocketState.Open)
            {
                var received = await client.ReceiveAsync(buffer, CancellationToken.None);
                var now = Stopwatch.GetTimestamp();
                if (started.TryGetValue(Encoding.UTF8.GetString(buffer, 0, received.Count), out var start))
                {
                    latencies.Add(start, now);
                    arrived();
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The run is over.
        }
    }
}
