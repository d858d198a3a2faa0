using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Marac.Benchmarks.LiveMeeting;

/// <summary>A throwaway redis-server on a free loopback port, nothing saved to disk.</summary>
public sealed class RedisProcess : IDisposable
{
    private readonly Process _process;

    public RedisProcess()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        ConnectionString = $"127.0.0.1:{port}";
        _process = Process.Start(new ProcessStartInfo("/usr/bin/redis-server", $"--port {port} --bind 127.0.0.1 --save '' --appendonly no")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        _process.BeginOutputReadLine();
        for (var i = 0; i < 200; i++)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }
        throw new InvalidOperationException("redis-server did not start.");
    }

    public string ConnectionString { get; }

    public void Dispose()
    {
        _process.Kill();
        _process.WaitForExit(5000);
        _process.Dispose();
    }
}
