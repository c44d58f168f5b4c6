using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RouteGraph.Api.Graph;
using RouteGraph.Api.Tests.Infrastructure;

namespace RouteGraph.Api.Tests;

/// <summary>Health, reloads, CORS and request logs.</summary>
public sealed class OperationsTests
{
    static async Task<JsonNode> HealthAsync(HttpClient client, string path, HttpStatusCode expected)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    [Fact]
    public async Task Live_and_ready_when_a_graph_is_served()
    {
        await using var factory = new ApiFactory();
        var client = (await factory.ReadyClientAsync()).Http;
        Assert.Equal("Healthy", (await HealthAsync(client, "/health/live", HttpStatusCode.OK))["status"]!.GetValue<string>());
        var ready = await HealthAsync(client, "/health/ready", HttpStatusCode.OK);
        var check = ready["checks"]!.AsArray().Single(c => c!["name"]!.GetValue<string>() == "graph")!;
        Assert.Equal("Healthy", check["status"]!.GetValue<string>());
        Assert.Equal("test-graph-1", check["data"]!["version"]!.GetValue<string>());
        Assert.Contains("test-graph-1", check["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task Not_ready_until_a_graph_loads_and_says_why_while_live_stays_up()
    {
        var source = new TestGraphSource(null);
        source.Fail("bad iso3 'XXX'");
        await using var factory = new ApiFactory { Source = source, Settings = { ["RouteGraph:RetryMaxDelay"] = "00:00:00.200" } };
        var client = factory.CreateClient();
        await WaitUntilAsync(() => source.Loads >= 2); // it retries

        await HealthAsync(client, "/health/live", HttpStatusCode.OK);
        var ready = await HealthAsync(client, "/health/ready", HttpStatusCode.ServiceUnavailable);
        Assert.Equal("Unhealthy", ready["status"]!.GetValue<string>());
        var description = ready["checks"]![0]!["description"]!.GetValue<string>();
        Assert.Contains("nodes/Country.csv:3:7: bad iso3 'XXX'", description);

        var answer = await new GraphQLClient(client).PostAsync("{ routes { id } }");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.Status);
        Assert.Equal("GRAPH_NOT_LOADED", answer.FirstCode);
        Assert.Contains(factory.Logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("nodes/Country.csv:3:7"));

        source.Serve(TestGraph.Create("fixed")); // the data is fixed: the next retry serves it
        await factory.Services.GetRequiredService<CurrentGraph>().WhenLoadedAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await HealthAsync(client, "/health/ready", HttpStatusCode.OK);
        (await new GraphQLClient(client).PostAsync("{ routes { id } }")).OkData();
    }

    [Fact]
    public async Task A_failed_reload_keeps_the_last_good_graph_and_ready_says_degraded()
    {
        await using var factory = new ApiFactory();
        var client = await factory.ReadyClientAsync();
        var reloader = factory.Services.GetRequiredService<GraphReloader>();

        factory.Source.Fail("duplicate id 'IT'");
        Assert.False(await reloader.ReloadAsync(CancellationToken.None));

        Assert.Equal("test-graph-1", factory.Services.GetRequiredService<CurrentGraph>().Version);
        (await client.PostAsync("{ routes { id } }")).OkData();
        var ready = await HealthAsync(client.Http, "/health/ready", HttpStatusCode.OK);
        Assert.Equal("Degraded", ready["status"]!.GetValue<string>());
        Assert.Contains("duplicate id 'IT'", ready["checks"]![0]!["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_reload_swaps_the_graph_and_raises_changed_once_per_version()
    {
        await using var factory = new ApiFactory();
        var client = await factory.ReadyClientAsync();
        var current = factory.Services.GetRequiredService<CurrentGraph>();
        var reloader = factory.Services.GetRequiredService<GraphReloader>();
        var changes = new List<string>();
        current.Changed += g => changes.Add(g.Version);

        Assert.False(await reloader.RefreshIfChangedAsync(CancellationToken.None)); // same version: nothing to do
        factory.Source.Serve(TestGraph.Create("test-graph-2"));
        Assert.True(await reloader.RefreshIfChangedAsync(CancellationToken.None));
        Assert.True(await reloader.ReloadAsync(CancellationToken.None)); // same version again: no second event

        Assert.Equal(["test-graph-2"], changes);
        var ready = await HealthAsync(client.Http, "/health/ready", HttpStatusCode.OK);
        Assert.Equal("test-graph-2", ready["checks"]![0]!["data"]!["version"]!.GetValue<string>());
    }

    [Fact]
    public async Task Polling_picks_up_a_new_version_by_itself()
    {
        await using var factory = new ApiFactory { Settings = { ["RouteGraph:PollInterval"] = "00:00:00.100" } };
        await factory.ReadyClientAsync();
        factory.Source.Serve(TestGraph.Create("polled"));
        await WaitUntilAsync(() => factory.Services.GetRequiredService<CurrentGraph>().Version == "polled");
    }

    [Fact]
    public void A_request_reads_the_graph_it_started_with()
    {
        var current = new CurrentGraph();
        var first = TestGraph.Create("v1");
        current.Publish(first, DateTimeOffset.UnixEpoch);
        var captured = current.Graph; // what the endpoint hands the executor
        current.Publish(TestGraph.Create("v2"), DateTimeOffset.UnixEpoch);
        Assert.Same(first, captured);
        Assert.Equal("v2", current.Version);
    }

    [Fact]
    public async Task Cors_preflight_from_a_configured_origin_is_allowed()
    {
        await using var factory = new ApiFactory { Settings = { ["RouteGraph:Cors:Origins:0"] = "http://maps.example.test" } };
        var client = (await factory.ReadyClientAsync()).Http;

        var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", "http://maps.example.test");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");
        var response = await client.SendAsync(preflight);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("http://maps.example.test", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single());

        var post = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"query\":\"{ routes { id } }\"}") };
        post.Content.Headers.ContentType = new("application/json");
        post.Headers.Add("Origin", "http://maps.example.test");
        var answer = await client.SendAsync(post);
        Assert.Equal("http://maps.example.test", answer.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Cors_lets_a_front_end_opt_out_of_the_cache_and_read_the_cache_headers()
    {
        // docs/caching.md: the opt-out is the request header Cache-Control: no-cache, and answers carry ETag, X-Cache and
        // X-Graph-Version. A browser on another origin can only send the one after a preflight allows it, and only read
        // the others when the answer exposes them.
        await using var factory = new ApiFactory { Settings = { ["RouteGraph:Cors:Origins:0"] = "http://maps.example.test" } };
        var client = (await factory.ReadyClientAsync()).Http;

        var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", "http://maps.example.test");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "cache-control");
        var response = await client.SendAsync(preflight);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains("cache-control", response.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);

        var get = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7Broutes%7Bid%7D%7D");
        get.Headers.Add("Origin", "http://maps.example.test");
        var answer = await client.SendAsync(get);
        var exposed = string.Join(",", answer.Headers.GetValues("Access-Control-Expose-Headers")).Split(',', StringSplitOptions.TrimEntries);
        Assert.Contains("ETag", exposed, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("X-Cache", exposed, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("X-Graph-Version", exposed, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task With_cors_origins_every_get_answer_varies_by_origin_so_a_shared_cache_keeps_them_apart()
    {
        // GET answers are Cache-Control: public. A CDN that stored the answer to a request without Origin (no
        // Access-Control-Allow-Origin) must not hand it to a front end's cross-origin request, so the stored answer must
        // say Vary: Origin too; ASP.NET Core's CORS middleware adds it only to requests that carry an Origin.
        await using var factory = new ApiFactory { Settings = { ["RouteGraph:Cors:Origins:0"] = "http://maps.example.test" } };
        var client = (await factory.ReadyClientAsync()).Http;
        var answer = await client.GetAsync("/graphql?query=%7Broutes%7Bid%7D%7D");
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("Origin", answer.Headers.Vary, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("Accept", answer.Headers.Vary, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Cors_allows_no_origin_unless_configured()
    {
        await using var factory = new ApiFactory { Settings = { ["RouteGraph:Cors:Origins:0"] = "http://maps.example.test" } };
        var client = (await factory.ReadyClientAsync()).Http;
        var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", "http://elsewhere.example.test");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        var response = await client.SendAsync(preflight);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Each_request_logs_one_structured_line_with_operation_duration_outcome_and_graph()
    {
        await using var factory = new ApiFactory();
        var client = await factory.ReadyClientAsync();
        await client.PostAsync("query Routes { routes { id } }");
        await client.PostAsync("query Broken { routes { nope } }");
        await client.PostAsync("query Paged { countries(first: -1) { totalCount } }");

        var lines = factory.Logs.Entries.Where(e => e.Category == "RouteGraph.Api.Http.GraphQLHttpMiddleware").ToList();
        LogEntry For(string operation) => Assert.Single(lines, e => (string?)e.Properties["OperationName"] == operation);
        Assert.Equal("ok", For("Routes").Properties["Outcome"]);
        Assert.Equal("rejected", For("Broken").Properties["Outcome"]);
        Assert.Equal("errors", For("Paged").Properties["Outcome"]);
        foreach (var line in lines)
        {
            Assert.IsType<double>(line.Properties["DurationMs"]);
            Assert.Equal("test-graph-1", line.Properties["GraphVersion"]);
            Assert.Equal(LogLevel.Information, line.Level);
        }
    }

    [Fact]
    public async Task A_resolver_fault_is_answered_as_INTERNAL_ERROR_without_details_and_the_api_keeps_serving()
    {
        // A LEG from a Region: the assembler would refuse such data; here it makes the non-null Leg.from fail, as only a bug would.
        var good = TestGraph.Create();
        var broken = Core.Graph.PolicyGraph.Create("broken", good.Nodes,
            [.. good.Relations, new Core.Model.PolicyRelation(Core.Model.RelationType.LEG, "western-balkans", "IT", RouteId: "central-mediterranean")]);
        await using var factory = new ApiFactory { Source = new TestGraphSource(broken) };
        var client = await factory.ReadyClientAsync();

        var answer = await client.PostAsync("{ country(iso2: \"IT\") { legsTo { from { id } } } }");
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var error = Assert.Single(answer.Errors!)!;
        Assert.Equal("INTERNAL_ERROR", error["extensions"]!["code"]!.GetValue<string>());
        Assert.DoesNotContain("Exception", error.ToJsonString());
        Assert.DoesNotContain("   at ", error.ToJsonString());
        Assert.NotNull(error["path"]);
        (await client.PostAsync("{ routes { id } }")).OkData();
    }

    [Theory]
    [InlineData("Production", null, false)] // off by default outside Development
    [InlineData("Development", "false", false)] // and off when configured so
    [InlineData("Development", null, true)] // on for the developer at the console
    public async Task Ready_keeps_operators_details_from_anyone_else(string environment, string? showDetails, bool shown)
    {
        // Issue 11: /health/ready showed the absolute seed path, Redis host and machine name to anyone.
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = "127.0.0.9:6399" };
        if (showDetails is not null)
            settings["RouteGraph:Health:ShowDetails"] = showDetails;
        await using var factory = new ApiFactory { Environment = environment, Settings = settings };
        var client = await factory.ReadyClientAsync();
        factory.Source.Fail("cannot read /srv/secret/graph-seed/nodes/Country.csv");
        await factory.Services.GetRequiredService<GraphReloader>().ReloadAsync(CancellationToken.None);

        var ready = await client.Http.GetStringAsync("/health/ready");

        Assert.Contains("Degraded", ready);
        Assert.Equal(shown, ready.Contains("/srv/secret", StringComparison.Ordinal));
        Assert.Equal(shown, ready.Contains("127.0.0.9:6399", StringComparison.Ordinal));
        Assert.DoesNotContain(System.Environment.MachineName, ready);
    }

    [Fact]
    public async Task A_neo4j_that_is_down_is_logged_once_per_outage_without_stack_traces()
    {
        // Issue 11: every retry logged an error with a full stack trace, 16 in 6 s against a dead port.
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var factory = new ApiFactory
        {
            ServeBundledSeed = true,
            Settings =
            {
                ["RouteGraph:Store"] = "Neo4j", ["RouteGraph:Neo4j:Uri"] = $"http://127.0.0.1:{port}", ["RouteGraph:Neo4j:MaxRetries"] = "2",
                ["RouteGraph:Neo4j:RetryDelay"] = "00:00:00.010", ["RouteGraph:RetryMaxDelay"] = "00:00:00.050", ["Logging:LogLevel:Default"] = "Debug",
            },
        };
        factory.CreateClient();
        var attempts = () => factory.Logs.Entries.Count(e => e.Category == typeof(GraphReloader).FullName && e.Message.Contains("still fails"));
        await WaitUntilAsync(() => attempts() >= 4);

        var loud = factory.Logs.Entries.Where(e => e.Level >= LogLevel.Warning).ToList();
        var outage = Assert.Single(loud, e => e.Category == typeof(GraphReloader).FullName);
        Assert.Contains($"127.0.0.1:{port}", outage.Message);
        Assert.All(loud, e => Assert.Null(e.Exception));
        Assert.DoesNotContain(loud, e => e.Level >= LogLevel.Error);
        Assert.DoesNotContain(factory.Logs.Entries, e => e.Level >= LogLevel.Information && e.Exception is not null);
    }

    static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
            await Task.Delay(20, timeout.Token);
    }
}
