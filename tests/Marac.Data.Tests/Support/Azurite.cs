using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Azure.Storage.Blobs;

namespace Marac.Data.Tests.Support;

/// <summary>
/// Azurite's blob service (npm <c>azurite</c>, installed by test.sh) on a free loopback port, in memory, for the
/// life of a test class. Each test takes a container of its own.
/// </summary>
public sealed class Azurite : IAsyncLifetime
{
    /// <summary>Azurite's published development account and key: not a secret, the same in every install.</summary>
    private const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private Process? _process;

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var port = FreePort();
        var start = new ProcessStartInfo("azurite-blob",
            $"--silent --inMemoryPersistence --skipApiVersionCheck --blobHost 127.0.0.1 --blobPort {port}")
        {
            UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        try
        {
            _process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("Azurite is needed for the blob store's tests: npm install -g azurite (test.sh does this).", e);
        }
        ConnectionString = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevelopmentAccountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
        await WaitForPortAsync(port);
    }

    public async Task<BlobContainerClient> NewContainerAsync()
    {
        var container = new BlobContainerClient(ConnectionString, $"anchors-{Guid.NewGuid():N}");
        await container.CreateAsync();
        return container;
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
        }
        _process?.Dispose();
        return Task.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitForPortAsync(int port)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"Azurite stopped at start: {await _process.StandardError.ReadToEndAsync()}");
            }
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException("Azurite did not open its blob port within 30 s.");
    }
}
