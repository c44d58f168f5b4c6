using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using RouteGraph.Core.Graph;
using RouteGraph.Neo4j.Import;
using RouteGraph.Neo4j.Tests.Fakes;

namespace RouteGraph.Neo4j.Tests;

/// <summary>
/// The API with RouteGraph:Store = Neo4j, against the fake Query API (and an address where nothing
/// listens): it loads at start, stays up and says why while Neo4j is away, reloads on a new
/// GraphMeta.version and keeps its last good graph when a reload fails.
/// </summary>
public sealed class ApiOnNeo4jTests : IAsyncLifetime
{
    const string Title = "EU-Tunisia anti-smuggling operational partnership";
    const string TitleQuery = """{"query":"{ node(id: \"eu-tunisia-anti-smuggling-partnership\") { ... on Partnership { title } } }"}""";

    FakeNeo4j _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeNeo4j.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    static WebApplicationFactory<Program> Api(Uri neo4j) => new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
    {
        web.UseSetting("RouteGraph:Store", "Neo4j");
        web.UseSetting("RouteGraph:Neo4j:Uri", neo4j.ToString());
        web.UseSetting("RouteGraph:Neo4j:User", TestSupport.User);
        web.UseSetting("RouteGraph:Neo4j:Password", TestSupport.Password);
        web.UseSetting("RouteGraph:Neo4j:MaxRetries", "0");
        web.UseSetting("RouteGraph:Neo4j:RequestTimeout", "00:00:02");
        web.UseSetting("RouteGraph:PollInterval", "00:00:00.200");
        web.UseSetting("RouteGraph:RetryMaxDelay", "00:00:01");
    });

    async Task ImportAsync(string version, Func<NodeRecord, NodeRecord>? edit = null)
    {
        var seed = TestSupport.Seed;
        using var client = TestSupport.Client(_fake);
        await new Neo4jImporter(client).ImportAsync(
            version, [.. seed.Nodes.Select(edit ?? (n => n))], seed.Relationships, new ImportOptions(), default);
    }

    static NodeRecord Retitled(NodeRecord node, string title) =>
        node.Id == "eu-tunisia-anti-smuggling-partnership"
            ? node with { Properties = new Dictionary<string, object?>(node.Properties) { ["title"] = title } }
            : node;

    /// <summary>Polls until <paramref name="done"/> holds or 30 s pass; returns the last value seen.</summary>
    static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var value = await read();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            value = await read();
        }

        return value;
    }

    static async Task<string?> TitleAsync(HttpClient http)
    {
        var response = await http.PostAsync("/graphql", new StringContent(TitleQuery, System.Text.Encoding.UTF8, "application/json"));
        if (response.StatusCode != HttpStatusCode.OK)
            return null;
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("data").GetProperty("node").GetProperty("title").GetString();
    }

    static async Task<(HttpStatusCode Status, string Body)> ReadyAsync(HttpClient http)
    {
        var response = await http.GetAsync("/health/ready");
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unreachable_neo4j_keeps_the_api_up_not_ready_and_saying_why()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop(); // nothing listens there now

        await using var api = Api(new Uri($"http://127.0.0.1:{port}"));
        var http = api.CreateClient();

        var ready = await EventuallyAsync(() => ReadyAsync(http), r => r.Body.Contains($"127.0.0.1:{port}", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.Status);
        Assert.Contains("Neo4j", ready.Body, StringComparison.Ordinal);
        TestSupport.AssertNoSecret(ready.Body);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live")).StatusCode);
        var query = await http.PostAsync("/graphql", new StringContent(TitleQuery, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, query.StatusCode);
    }

    [Fact]
    public async Task Serves_the_graph_from_neo4j_and_reloads_when_graphmeta_version_changes()
    {
        await ImportAsync("v1");
        await using var api = Api(_fake.Uri);
        var http = api.CreateClient();

        Assert.Equal(Title, await EventuallyAsync(() => TitleAsync(http), t => t is not null));
        var ready = await ReadyAsync(http);
        Assert.Equal(HttpStatusCode.OK, ready.Status);
        Assert.Contains("v1", ready.Body, StringComparison.Ordinal);

        await ImportAsync("v2", n => Retitled(n, "Edited in Neo4j"));

        Assert.Equal("Edited in Neo4j", await EventuallyAsync(() => TitleAsync(http), t => t == "Edited in Neo4j"));
        Assert.Contains("v2", (await ReadyAsync(http)).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_reload_keeps_the_last_good_graph_in_service()
    {
        await ImportAsync("v1");
        await using var api = Api(_fake.Uri);
        var http = api.CreateClient();
        Assert.Equal(Title, await EventuallyAsync(() => TitleAsync(http), t => t is not null));

        // Neo4j now refuses every request: polling fails, the API goes on serving v1 and reports it.
        _fake.Handler = _ => FakeResponse.Error(503, "Neo.TransientError.General.DatabaseUnavailable", "The database is unavailable.");
        var ready = await EventuallyAsync(() => ReadyAsync(http), r => r.Body.Contains("reload failed", StringComparison.OrdinalIgnoreCase));

        Assert.Contains("reload failed", ready.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Title, await TitleAsync(http));
    }

    [Fact]
    public async Task A_json_object_without_the_query_apis_shape_is_a_protocol_error_not_an_empty_database()
    {
        // Issue 11, defect 8: a proxy or another service answering 200 {} on the port was served as an empty graph, ready.
        _fake.Handler = _ => FakeResponse.Json(200, new System.Text.Json.Nodes.JsonObject { ["status"] = "ok" });
        await using var api = Api(_fake.Uri);
        var http = api.CreateClient();

        var ready = await EventuallyAsync(() => ReadyAsync(http), r => r.Body.Contains("unexpected answer", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.Status);
        Assert.Contains($"Neo4j at {_fake.Uri.ToString().TrimEnd('/')}/db/neo4j", ready.Body, StringComparison.Ordinal);
        Assert.Contains("read-graph-version: the answer has no data.fields and data.values", ready.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_typed_value_is_a_protocol_error_the_last_good_graph_stays_and_ready_recovers_with_the_source()
    {
        await ImportAsync("v1");
        await using var api = Api(_fake.Uri);
        var http = api.CreateClient();
        Assert.Equal(Title, await EventuallyAsync(() => TitleAsync(http), t => t is not null));

        // Issue 11, defect 8: this surfaced as OverflowException in /health/ready.
        _fake.Handler = _ => new FakeResponse(200,
            """{"data":{"fields":["version"],"values":[[{"$type":"Integer","_value":"99999999999999999999999"}]]}}""");
        var failed = await EventuallyAsync(() => ReadyAsync(http), r => r.Body.Contains("reload failed", StringComparison.Ordinal));

        Assert.Contains("unexpected answer", failed.Body, StringComparison.Ordinal);
        Assert.Contains("read-graph-version: unreadable answer", failed.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("OverflowException", failed.Body, StringComparison.Ordinal);
        Assert.Equal(Title, await TitleAsync(http));

        // Issue 11, defect 9: Neo4j answers properly again, on the version served: ready is Healthy again.
        _fake.Handler = null;
        var recovered = await EventuallyAsync(() => ReadyAsync(http), r => !r.Body.Contains("reload failed", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, recovered.Status);
        Assert.StartsWith("{\"status\":\"Healthy\"", recovered.Body, StringComparison.Ordinal);
        Assert.Contains("Serving graph v1.", recovered.Body, StringComparison.Ordinal);
    }
}
