using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using RouteGraph.Api.Tests.Infrastructure;

namespace RouteGraph.Api.Tests.Redis.Infrastructure;

/// <summary>
/// The real API as its own process (<c>dotnet RouteGraph.Api.dll --urls http://127.0.0.1:port</c>), as a replica runs in
/// production: own graph, own in-process cache, Kestrel on loopback. Killed on dispose.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    readonly Process _process;
    readonly ConcurrentQueue<string> _output = new();

    ApiProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        Http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        Client = new GraphQLClient(Http);
    }

    /// <summary>The API built beside the tests (the test project references it, so its binaries are copied here).</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "RouteGraph.Api.dll");

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    public GraphQLClient Client { get; }

    public string Output => string.Join('\n', _output);

    /// <summary>Starts the API with these settings (configuration keys, ':' or '__') and waits until it serves a graph.</summary>
    public static async Task<ApiProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var port = RedisServer.FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (key, value) in settings)
            start.Environment[key.Replace(":", "__")] = value;

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var api = new ApiProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) api._output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) api._output.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!await api.IsReadyAsync())
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                await api.DisposeAsync();
                throw new InvalidOperationException($"The API on port {port} did not become ready:\n{api.Output}");
            }

            await Task.Delay(100);
        }

        return api;
    }

    async Task<bool> IsReadyAsync()
    {
        try
        {
            using var response = await Http.GetAsync("/health/ready");
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }

        _process.Dispose();
    }
}

/// <summary>A private copy of the bundled graph-seed, which a test may edit; deleted on dispose.</summary>
public sealed class TempSeed : IDisposable
{
    public TempSeed()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "routegraph-seed-" + Guid.NewGuid().ToString("N")[..8]);
        var source = System.IO.Path.Combine(RepoPaths.Root, "graph-seed");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Path { get; }

    /// <summary>Replaces text in one seed file in a single rename, so a polling API never reads a half-written file.</summary>
    public void Edit(string relativePath, string oldText, string newText)
    {
        var file = System.IO.Path.Combine(Path, relativePath);
        var text = File.ReadAllText(file);
        if (!text.Contains(oldText, StringComparison.Ordinal))
            throw new InvalidOperationException($"{relativePath} does not contain '{oldText}'");
        var staged = System.IO.Path.Combine(System.IO.Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(staged, text.Replace(oldText, newText, StringComparison.Ordinal));
        File.Move(staged, file, overwrite: true);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
