using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace RouteGraph.Api.Tests.Redis.Infrastructure;

/// <summary>
/// A real redis-server (the Debian package) on a free loopback port, owned by one test: no persistence, stopped on
/// dispose. <see cref="Kill"/> and <see cref="StartAsync()"/> again on the same port simulate an outage.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    public const string NotInstalled = "redis-server not installed (the README test command installs it)";

    /// <summary>redis-server found on PATH, or null.</summary>
    public static string? Executable { get; } = FindOnPath("redis-server");

    readonly ConcurrentQueue<string> _output = new();
    Process? _process;

    RedisServer(int port) => Port = port;

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Starts a server on a free port; skips the calling test when redis-server is not installed.</summary>
    public static async Task<RedisServer> StartAsync(int? port = null)
    {
        Skip.If(Executable is null, NotInstalled);
        var server = new RedisServer(port ?? FreePort());
        await server.StartAsync();
        return server;
    }

    /// <summary>A server object for a free port, not started yet (to test an API that starts before Redis).</summary>
    public static RedisServer NotStarted()
    {
        Skip.If(Executable is null, NotInstalled);
        return new RedisServer(FreePort());
    }

    /// <summary>Starts (or starts again) on <see cref="Port"/> and waits until it answers PING.</summary>
    public async Task StartAsync()
    {
        if (IsRunning)
            throw new InvalidOperationException("redis-server is already running");
        var start = new ProcessStartInfo(Executable!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                     "--protected-mode", "no", "--daemonize", "no", "--loglevel", "warning" })
            start.ArgumentList.Add(argument);
        var process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) _output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _output.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (!await PingAsync())
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
                throw new InvalidOperationException($"redis-server on port {Port} did not answer PING:\n{Output}");
            await Task.Delay(50);
        }
    }

    /// <summary>Kills the server at once (SIGKILL), as a crash would: connections drop, nothing is saved.</summary>
    public void Kill()
    {
        if (_process is not { } process)
            return;
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process.Dispose();
        _process = null;
    }

    public string Output => string.Join('\n', _output);

    async Task<bool> PingAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(2));
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is SocketException or IOException or TimeoutException)
        {
            return false;
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    public ValueTask DisposeAsync()
    {
        Kill();
        return ValueTask.CompletedTask;
    }
}
