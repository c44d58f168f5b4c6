using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RouteGraph.Core.Graph;
using RouteGraph.Core.Seed;
using RouteGraph.Neo4j.Import;
using RouteGraph.Neo4j.Load;
using RouteGraph.Neo4j.QueryApi;
using RouteGraph.Neo4j.Tests.Fakes;

namespace RouteGraph.Neo4j.Tests;

/// <summary>Neo4jGraphSource: the bundled seed imported into the fake, read back, the same graph as the embedded one.</summary>
public sealed class GraphSourceTests : IAsyncLifetime
{
    FakeNeo4j _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeNeo4j.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    async Task ImportSeed()
    {
        var seed = TestSupport.Seed;
        using var client = TestSupport.Client(_fake);
        await new Neo4jImporter(client).ImportAsync(seed.Version, seed.Nodes, seed.Relationships, new ImportOptions(), default);
    }

    /// <summary>A graph as comparable text: every node (typed record as JSON) and every relation, sorted.</summary>
    public static string[] Canonical(PolicyGraph graph) =>
    [
        .. graph.Nodes.Select(n => $"{n.Label} {JsonSerializer.Serialize(n, n.GetType())}")
            .Concat(graph.Relations.Select(r => $"{r}"))
            .Order(StringComparer.Ordinal),
    ];

    [Fact]
    public async Task Loads_the_same_graph_as_the_embedded_seed_under_the_graphmeta_version()
    {
        await ImportSeed();
        using var client = TestSupport.Client(_fake);
        var source = new Neo4jGraphSource(client);

        var loaded = await source.LoadAsync(default);

        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
        var embedded = SeedLoader.Load(SeedLoader.DefaultDirectory());
        Assert.True(embedded.Succeeded);
        Assert.Equal(TestSupport.Seed.Version, loaded.Graph!.Version);
        Assert.Equal(Canonical(embedded.Graph!), Canonical(loaded.Graph));
        Assert.Equal(TestSupport.Seed.Version, await source.CurrentVersionAsync(default));
    }

    [Fact]
    public async Task Reads_with_typed_values_and_one_statement_per_label_and_type()
    {
        await ImportSeed();
        using var client = TestSupport.Client(_fake);
        _fake.Requests.Clear();

        var records = await new Neo4jGraphSource(client).ReadRecordsAsync(default);

        Assert.Empty(records.Problems);
        Assert.Equal(Enum.GetValues<Core.Model.NodeLabel>().Length + Enum.GetValues<Core.Model.RelationType>().Length, _fake.Requests.Count);
        Assert.All(_fake.Requests, r => Assert.Equal("/db/neo4j/query/v2", r.Path));
        var tunisia = records.Nodes.Single(n => n.Id == "TN");
        Assert.IsType<double>(tunisia.Properties["lat"]);
        Assert.IsType<bool>(tunisia.Properties["euMember"]);
        var launched = records.Nodes.Single(n => n.Id == "eu-tunisia-anti-smuggling-partnership-launched").Properties["date"];
        Assert.Equal(Core.Model.PartialDate.Parse("2023-04-27"), launched);
        // The bounds stored beside a partial date are Neo4j's to filter on; the loader reads the date itself.
        var stored = _fake.Store.Nodes.Single(n => n.Id == "eu-tunisia-anti-smuggling-partnership-launched").Properties;
        Assert.Equal((new DateOnly(2023, 4, 27), new DateOnly(2023, 4, 27)), (stored["dateEarliest"], stored["dateLatest"]));
        Assert.All(records.Relationships.Where(r => r.Type == Core.Model.RelationType.SOURCED_FROM),
            r => Assert.True(!r.Properties.TryGetValue("quote", out var q) || q is string { Length: > 0 }));
    }

    [Fact]
    public async Task Without_graphmeta_the_version_is_a_stable_content_hash()
    {
        await ImportSeed();
        _fake.Store.Edit((nodes, _) => nodes.RemoveAll(n => n.Label == "GraphMeta"));
        using var client = TestSupport.Client(_fake);
        var source = new Neo4jGraphSource(client);

        var first = await source.LoadAsync(default);
        var second = await source.LoadAsync(default);

        Assert.True(first.Succeeded, string.Join("\n", first.Problems));
        Assert.StartsWith("neo4j-sha256:", first.Graph!.Version);
        Assert.Equal(first.Graph.Version, second.Graph!.Version);
        Assert.Null(await source.CurrentVersionAsync(default));
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_is_a_problem_located_in_neo4j_and_no_graph()
    {
        await ImportSeed();
        _fake.Store.Edit((nodes, _) => nodes.Single(n => n.Label == "Country" && n.Id == "TN").Properties["lat"] = "north");
        using var client = TestSupport.Client(_fake);

        var loaded = await new Neo4jGraphSource(client).LoadAsync(default);

        Assert.Null(loaded.Graph);
        var problem = Assert.Single(loaded.Problems);
        Assert.Equal("neo4j:Country:TN:0:0: lat: expected a number, found the string \"north\"", problem.ToString());
    }

    [Fact]
    public async Task A_missing_required_property_is_reported_by_the_assembler()
    {
        await ImportSeed();
        _fake.Store.Edit((nodes, _) => nodes.Single(n => n.Label == "Country" && n.Id == "TN").Properties.Remove("name"));
        using var client = TestSupport.Client(_fake);

        var loaded = await new Neo4jGraphSource(client).LoadAsync(default);

        Assert.False(loaded.Succeeded);
        Assert.Contains(loaded.Problems, p => p.File.Contains("TN", StringComparison.Ordinal) && p.Reason.Contains("name", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reads_again_when_an_import_commits_during_the_read()
    {
        await ImportSeed();
        var reads = 0;
        _fake.Handler = r =>
        {
            if (r.Statement?.StartsWith("MATCH (n:Country)", StringComparison.Ordinal) == true && ++reads == 1)
                _fake.Store.Edit((nodes, _) => nodes.Single(n => n.Label == "GraphMeta").Properties["version"] = "v-next");
            return null;
        };
        using var client = TestSupport.Client(_fake);

        var loaded = await new Neo4jGraphSource(client).LoadAsync(default);

        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
        Assert.Equal("v-next", loaded.Graph!.Version);
        Assert.Equal(2, reads);
    }

    [Fact]
    public async Task Unreachable_neo4j_fails_fast_with_a_clear_message_and_no_password()
    {
        var port = _fake.Uri.Port;
        var options = new Neo4jOptions
        {
            Uri = new Uri($"http://127.0.0.1:{port}"), User = TestSupport.User, Password = TestSupport.Password,
            MaxRetries = 1, RetryDelay = TimeSpan.FromMilliseconds(5),
        };
        await _fake.DisposeAsync();
        _fake = await FakeNeo4j.StartAsync();
        using var client = Neo4jQueryApiClient.Create(options);
        var source = new Neo4jGraphSource(client);

        var e = await Assert.ThrowsAsync<Neo4jException>(() => source.LoadAsync(default));

        Assert.Equal(Neo4jErrorKind.Unreachable, e.Kind);
        Assert.Contains($"Neo4j at http://127.0.0.1:{port}/db/neo4j: unreachable", e.Message);
        Assert.Equal($"Neo4j http://127.0.0.1:{port}/db/neo4j", source.Description);
        TestSupport.AssertNoSecret(e.ToString() + source.Description + options);
    }

    [Fact]
    public async Task Wrong_credentials_fail_with_unauthorized()
    {
        _fake.Credentials = ("neo4j", "the-right-one");
        using var client = TestSupport.Client(_fake);

        var e = await Assert.ThrowsAsync<Neo4jException>(() => new Neo4jGraphSource(client).CurrentVersionAsync(default));

        Assert.Equal(Neo4jErrorKind.Unauthorized, e.Kind);
        TestSupport.AssertNoSecret(e.ToString());
    }

    [Fact]
    public async Task AddNeo4jGraphSource_registers_the_source_from_configuration()
    {
        await ImportSeed();
        _fake.Credentials = (TestSupport.User, TestSupport.Password);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RouteGraph:Neo4j:Uri"] = _fake.Uri.ToString(),
            ["RouteGraph:Neo4j:Database"] = "neo4j",
            ["RouteGraph:Neo4j:User"] = TestSupport.User,
            ["NEO4J_PASSWORD"] = TestSupport.Password,
            ["RouteGraph:Neo4j:RequestTimeout"] = "00:00:10",
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IGraphSource>(new SeedGraphSource(SeedLoader.DefaultDirectory()));

        services.AddNeo4jGraphSource(configuration);
        await using var provider = services.BuildServiceProvider();
        var source = provider.GetRequiredService<IGraphSource>();

        Assert.IsType<Neo4jGraphSource>(source);
        Assert.Equal(TestSupport.Seed.Version, await source.CurrentVersionAsync(default));
        Assert.True((await source.LoadAsync(default)).Succeeded);
        TestSupport.AssertNoSecret(source.Description);
    }

    [Theory]
    [InlineData(null, "RouteGraph:Neo4j:Uri is not set")]
    [InlineData("localhost:7474", "not supported")]
    [InlineData("http://neo4j:secret@db:7474", "holds credentials")]
    public void Bad_configuration_is_named_at_registration(string? uri, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["RouteGraph:Neo4j:Uri"] = uri }).Build();

        var e = Assert.ThrowsAny<Exception>(() => new ServiceCollection().AddNeo4jGraphSource(configuration));

        Assert.Contains(expected, e.Message);
        Assert.DoesNotContain("secret", e.Message);
    }

    [Theory]
    [InlineData("http://db:7474", "http://db:7474/")]
    [InlineData("https://x.databases.neo4j.io", "https://x.databases.neo4j.io/")]
    [InlineData("neo4j+s://x.databases.neo4j.io", "https://x.databases.neo4j.io/")]
    [InlineData("neo4j://db:7687", "http://db:7474/")]
    [InlineData("bolt://db", "http://db:7474/")]
    public void Driver_uris_map_to_the_query_api_address(string uri, string expected) =>
        Assert.Equal(expected, Neo4jOptions.ToHttpBase(new Uri(uri)).ToString());
}
