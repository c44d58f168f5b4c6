using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using RouteGraph.Api.Tests.Infrastructure;

namespace RouteGraph.Api.Tests;

/// <summary>The API on a real Kestrel on loopback: the HTTP rules over the network, and the README run command.</summary>
public sealed class KestrelEndToEndTests : IAsyncLifetime
{
    KestrelApi _api = null!;
    GraphQLClient _client = null!;

    public async Task InitializeAsync()
    {
        _api = await KestrelApi.StartAsync(new TestGraphSource(TestGraph.Create()));
        _client = await _api.ReadyClientAsync();
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Listens_on_loopback_and_answers_post_and_get()
    {
        Assert.Equal("127.0.0.1", _api.Address.Host);
        (await _client.PostAsync("{ routes { id } }")).OkData();
        var get = await _client.GetAsync("query Q($iso: String!) { country(iso2: $iso) { name } }", "{\"iso\":\"MA\"}");
        Assert.Equal("Morocco", get.OkData()["country"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_http_rules_hold_over_the_network()
    {
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await _client.GetAsync("mutation { x }")).Status);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await _client.SendJsonAsync("{\"query\":\"{ routes { id } }\"}", contentType: "text/plain")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.SendJsonAsync("{\"query\":")).Status);
        Assert.Equal(HttpStatusCode.NotAcceptable, (await _client.PostAsync("{ routes { id } }", accept: "text/csv")).Status);
        var parseError = await _client.PostAsync("{", accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, parseError.Status);
        Assert.Equal("GRAPHQL_PARSE_FAILED", parseError.FirstCode);
        var deep = "{ routes " + string.Concat(Enumerable.Repeat("{ countries { country { routes { route ", 5)) + "{ id }" + new string('}', 20) + " }";
        Assert.Equal("MAX_DEPTH_EXCEEDED", (await _client.PostAsync(deep)).FirstCode);
    }

    [Fact]
    public async Task A_huge_body_is_refused_with_413_over_the_network()
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"query\":\"" + new string('a', 2_000_000) + "\"}"));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var response = await _client.Http.PostAsync("/graphql", content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        (await _client.PostAsync("{ routes { id } }")).OkData();
    }

    [Fact]
    public async Task A_huge_get_url_is_refused_by_kestrel_with_a_4xx()
    {
        var answer = await _client.GetAsync("{ routes { id } }" + new string(' ', 20_000));
        Assert.Equal(HttpStatusCode.RequestUriTooLong, answer.Status);
        (await _client.PostAsync("{ routes { id } }")).OkData();
    }

    [Fact]
    public async Task A_raw_malformed_http_request_does_not_take_the_server_down()
    {
        using (var socket = new TcpClient())
        {
            await socket.ConnectAsync(IPAddress.Loopback, _api.Address.Port);
            var stream = socket.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes("POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 99999\r\n\r\n{\"query\":"));
            socket.Client.Shutdown(SocketShutdown.Send); // the body never arrives
            var buffer = new byte[4096];
            try
            {
                _ = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(30));
            }
            catch (IOException)
            {
                // the server may reset the connection: fine
            }
        }

        (await _client.PostAsync("{ routes { id } }")).OkData();
        Assert.DoesNotContain(_api.Logs.Entries, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error && e.Category.StartsWith("RouteGraph", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Health_over_the_network()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.Http.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.Http.GetAsync("/health/ready")).StatusCode);
    }
}

/// <summary>
/// The README: the built API, started like `dotnet run --project src/RouteGraph.Api` (from the repository root, no
/// configuration; only the port differs so tests can run side by side), serves the bundled seed and answers.
/// </summary>
public sealed class ReadmeRunTests(ReadmeRunTests.ApiProcess api) : IClassFixture<ReadmeRunTests.ApiProcess>
{
    [Fact]
    public async Task The_run_command_serves_the_bundled_seed()
    {
        var client = await api.ClientAsync();
        var data = (await client.PostAsync("query TunisiaOnRoutes { country(iso2: \"TN\") { name routes { route { id name } roles } } }")).OkData();
        Assert.Equal("Tunisia", data["country"]!["name"]!.GetValue<string>());
        Assert.Contains(data["country"]!["routes"]!.AsArray(), r => r!["route"]!["id"]!.GetValue<string>() == "central-mediterranean");
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task The_readmes_first_query_answers()
    {
        var readme = Path.Combine(RepoPaths.Root, "README.md");
        var block = Regex.Match(File.ReadAllText(readme).ReplaceLineEndings("\n"), "```graphql\\n(?<query>[\\s\\S]*?)```");
        Assert.True(block.Success, "README.md has no ```graphql block (the first query to paste).");
        var client = await api.ClientAsync();
        var answer = await client.PostAsync(block.Groups["query"].Value);
        var data = answer.OkData();
        Assert.NotEmpty(data.AsObject());
    }

    /// <summary>One API process for the class, killed at the end.</summary>
    public sealed class ApiProcess : IAsyncLifetime
    {
        readonly StringBuilder _output = new();
        Process? _process;
        Task<Uri>? _listening;

        public Task InitializeAsync()
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name; // Debug or Release
            var dll = Path.Combine(RepoPaths.Root, "src", "RouteGraph.Api", "bin", configuration, "net10.0", "RouteGraph.Api.dll");
            if (!File.Exists(dll))
                return Task.CompletedTask;

            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepoPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { dll, "--urls", "http://127.0.0.1:0" })
                start.ArgumentList.Add(arg);
            start.Environment.Remove("RouteGraph__SeedPath");
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
            _listening = listening.Task;
            _process = Process.Start(start)!;
            _process.OutputDataReceived += (_, e) =>
            {
                if (e.Data is null)
                    return;
                lock (_output)
                    _output.AppendLine(e.Data);
                if (Regex.Match(e.Data, @"Now listening on: (http://127\.0\.0\.1:\d+)") is { Success: true } m)
                    listening.TrySetResult(new Uri(m.Groups[1].Value));
            };
            _process.ErrorDataReceived += (_, e) =>
            {
                lock (_output)
                    _output.AppendLine(e.Data);
            };
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
            return Task.CompletedTask;
        }

        /// <summary>A client once the process listens and serves its graph.</summary>
        public async Task<GraphQLClient> ClientAsync()
        {
            Assert.True(_process is not null, "RouteGraph.Api.dll is not built next to the tests.");
            try
            {
                var client = new GraphQLClient(new HttpClient { BaseAddress = await _listening!.WaitAsync(TimeSpan.FromSeconds(60)) });
                var deadline = DateTime.UtcNow.AddSeconds(60);
                while ((await client.Http.GetAsync("/health/ready")).StatusCode != HttpStatusCode.OK && DateTime.UtcNow < deadline)
                    await Task.Delay(100);
                return client;
            }
            catch (TimeoutException)
            {
                lock (_output)
                    throw new Xunit.Sdk.XunitException("The API did not start. Its output:\n" + _output);
            }
        }

        public async Task DisposeAsync()
        {
            if (_process is null)
                return;
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
            _process.Dispose();
        }
    }
}
