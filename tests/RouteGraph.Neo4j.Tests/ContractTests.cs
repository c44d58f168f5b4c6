using RouteGraph.Core.Seed;
using RouteGraph.Neo4j.Import;
using RouteGraph.Neo4j.Load;
using RouteGraph.Neo4j.QueryApi;
using RouteGraph.Neo4j.Tests.Fakes;

namespace RouteGraph.Neo4j.Tests;

/// <summary>
/// The same analytic answers from a Neo4j-loaded graph as from the embedded one: against the fake
/// Query API here, and against a real Neo4j when NEO4J_URI is set (the contract suite proper).
/// </summary>
public sealed class ContractTests
{
    const string NoServer = "NEO4J_URI not set: no Neo4j server to run the contract suite against";

    static Neo4jOptions? RealServer()
    {
        var uri = Environment.GetEnvironmentVariable("NEO4J_URI");
        if (string.IsNullOrWhiteSpace(uri))
            return null;
        return new Neo4jOptions
        {
            Uri = new Uri(uri),
            Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") is { Length: > 0 } db ? db : "neo4j",
            User = Environment.GetEnvironmentVariable("NEO4J_USER") is { Length: > 0 } user ? user : "neo4j",
            Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
            RequestTimeout = TimeSpan.FromSeconds(60),
        };
    }

    [SkippableFact]
    public async Task Real_neo4j_import_is_idempotent_and_every_analytic_answers_as_the_embedded_graph()
    {
        var options = RealServer();
        Skip.If(options is null, NoServer);
        var embedded = SeedLoader.Load(SeedLoader.DefaultDirectory());
        Assert.True(embedded.Succeeded, string.Join("\n", embedded.Problems));
        var seed = TestSupport.Seed;
        using var client = Neo4jQueryApiClient.Create(options!);
        var importer = new Neo4jImporter(client);

        await importer.ImportAsync(seed.Version, seed.Nodes, seed.Relationships, new ImportOptions(Prune: true), default);
        var second = await importer.ImportAsync(seed.Version, seed.Nodes, seed.Relationships, new ImportOptions(Prune: true), default);
        var source = new Neo4jGraphSource(client);
        var loaded = await source.LoadAsync(default);

        Assert.False(second.Data.ChangedData, ImportReport.Format(second, client.Endpoint));
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
        Assert.Equal(seed.Version, loaded.Graph!.Version);
        Assert.Equal(seed.Version, await source.CurrentVersionAsync(default));
        Assert.Equal(GraphSourceTests.Canonical(embedded.Graph!), GraphSourceTests.Canonical(loaded.Graph));
        AnalyticsContract.AssertSameAnswers(embedded.Graph!, loaded.Graph);
    }

    [Fact]
    public async Task Fake_neo4j_round_trip_answers_every_analytic_as_the_embedded_graph()
    {
        var embedded = SeedLoader.Load(SeedLoader.DefaultDirectory());
        Assert.True(embedded.Succeeded);
        await using var fake = await FakeNeo4j.StartAsync();
        using var client = TestSupport.Client(fake);
        var seed = TestSupport.Seed;
        await new Neo4jImporter(client).ImportAsync(seed.Version, seed.Nodes, seed.Relationships, new ImportOptions(), default);

        var loaded = await new Neo4jGraphSource(client).LoadAsync(default);

        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
        var questions = AnalyticsContract.AssertSameAnswers(embedded.Graph!, loaded.Graph!);
        Assert.True(questions > 50);
    }
}
