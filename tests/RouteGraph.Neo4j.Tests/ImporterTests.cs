using Microsoft.Extensions.Logging;
using RouteGraph.Core.Graph;
using RouteGraph.Core.Model;
using RouteGraph.Neo4j.Cypher;
using RouteGraph.Neo4j.Import;
using RouteGraph.Neo4j.QueryApi;
using RouteGraph.Neo4j.Tests.Fakes;

namespace RouteGraph.Neo4j.Tests;

/// <summary>The importer against the fake Query API: one transaction, batches, counters, prune, rollback.</summary>
public sealed class ImporterTests : IAsyncLifetime
{
    FakeNeo4j _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeNeo4j.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    static int UniqueRelationships => ImportRows.From(TestSupport.Seed.Nodes, TestSupport.Seed.Relationships).RelationshipKeys.Values.Sum(k => k.Count);

    async Task<ImportSummary> Import(ImportOptions? options = null, Neo4jQueryApiClient? client = null)
    {
        var seed = TestSupport.Seed;
        using var own = client is null ? TestSupport.Client(_fake) : null;
        return await new Neo4jImporter(client ?? own!).ImportAsync(seed.Version, seed.Nodes, seed.Relationships, options ?? new ImportOptions(), default);
    }

    [Fact]
    public async Task Writes_the_schema_outside_and_all_data_inside_one_transaction_then_commits()
    {
        await Import();

        var requests = _fake.Requests.ToArray();
        var schema = requests.Where(r => r.Statement?.StartsWith("CREATE ", StringComparison.Ordinal) == true).ToArray();
        Assert.Equal(CypherStatements.Schema.Count, schema.Length);
        Assert.All(schema, r => Assert.Equal("/db/neo4j/query/v2", r.Path));

        Assert.Single(requests, r => r.Path == "/db/neo4j/query/v2/tx");
        var commit = Assert.Single(requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
        var data = requests.Where(r => r.Statement is not null && !schema.Contains(r)).ToArray();
        Assert.NotEmpty(data);
        Assert.All(data, r => Assert.Equal("/db/neo4j/query/v2/tx/tx1", r.Path));
        Assert.True(Array.IndexOf(requests, commit) > Array.IndexOf(requests, data[^1]), "commit comes after the last statement");
        Assert.DoesNotContain(requests, r => r.Method == "DELETE");
        Assert.Equal(CypherStatements.Schema.Count, _fake.Store.Schema.Count);
    }

    [Fact]
    public async Task Writes_every_node_and_relationship_in_batches_and_reports_the_counters()
    {
        var seed = TestSupport.Seed;

        var summary = await Import(new ImportOptions(BatchSize: 20));

        var countries = seed.Nodes.Count(n => n.Label == NodeLabel.Country);
        var batches = _fake.Statements.Where(r => r.Statement == CypherStatements.MergeNodes(NodeLabel.Country).Text)
            .Select(r => r.Parameters!["rows"]!.AsArray().Count).ToArray();
        Assert.Equal(Enumerable.Range(0, (countries + 19) / 20).Select(i => Math.Min(20, countries - (i * 20))), batches);
        Assert.All(_fake.Statements.Where(r => r.Parameters?["rows"] is not null), r => Assert.InRange(r.Parameters!["rows"]!.AsArray().Count, 1, 20));

        Assert.Equal(seed.Nodes.Count, _fake.Store.Nodes.Count(n => n.Label != Neo4jModel.MetaLabel));
        Assert.Equal(UniqueRelationships, _fake.Store.Relationships.Count);
        Assert.Equal(seed.Nodes.Count + 1, summary.Data.NodesCreated); // + GraphMeta
        Assert.Equal(UniqueRelationships, summary.Data.RelationshipsCreated);
        Assert.True(summary.Data.PropertiesSet > seed.Nodes.Count);
        Assert.Equal(CypherStatements.Schema.Count(s => s.Name.Contains("constraint")), summary.Schema.ConstraintsAdded);
        Assert.Equal(Neo4jModel.Indexes.Count, summary.Schema.IndexesAdded);
        Assert.Equal(["FB:fake-" + (CypherStatements.Schema.Count + 1)], summary.Bookmarks);
    }

    [Fact]
    public async Task Records_the_seed_version_on_GraphMeta()
    {
        await Import();

        Assert.Equal(TestSupport.Seed.Version, _fake.Store.Version);
        var meta = Assert.Single(_fake.Statements, r => r.Statement == CypherStatements.WriteGraphVersion.Text);
        Assert.Equal(Neo4jModel.MetaId, meta.Parameters!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_second_import_of_the_same_seed_changes_nothing_and_says_so()
    {
        await Import();
        var nodesBefore = _fake.Store.Nodes.Count;

        var second = await Import();

        Assert.Equal(QueryCounters.None, second.Schema);
        Assert.False(second.Data.ChangedData);
        Assert.Equal(0, second.Data.NodesCreated + second.Data.RelationshipsCreated + second.Data.PropertiesSet);
        Assert.Equal(nodesBefore, _fake.Store.Nodes.Count);
        var report = ImportReport.Format(second, "http://neo4j.example:7474/db/neo4j");
        Assert.Contains("No data changed: Neo4j already held this graph.", report);
    }

    [Fact]
    public async Task An_edited_property_is_put_back_and_counted()
    {
        await Import();
        _fake.Store.Edit((nodes, _) => nodes.Single(n => n.Label == "Country" && n.Id == "TN").Properties["name"] = "Tunisie");

        var summary = await Import();

        Assert.Equal(0, summary.Data.NodesCreated);
        Assert.True(summary.Data.PropertiesSet > 0);
        Assert.Equal("Tunisia", _fake.Store.Nodes.Single(n => n.Label == "Country" && n.Id == "TN").Properties["name"]);
    }

    [Fact]
    public async Task Prune_removes_what_the_seed_no_longer_holds_and_only_when_asked()
    {
        await Import();
        _fake.Store.Edit((nodes, relationships) =>
        {
            var ghost = _fake.Store.NewNode("Country", new() { ["id"] = "ZZ", ["name"] = "Nowhere", ["iso3"] = "ZZZ", ["nameIt"] = "Nessun luogo", ["euMember"] = false });
            nodes.Add(ghost);
            var route = nodes.First(n => n.Label == "Route");
            relationships.Add(new FakeRelationship("ON_ROUTE", ghost, route, new() { ["role"] = "TRANSIT", ["source"] = "x" }, 9999));
            var tn = nodes.Single(n => n.Label == "Country" && n.Id == "TN");
            relationships.Add(new FakeRelationship("ON_ROUTE", tn, route, new() { ["role"] = "ARRIVAL", ["source"] = "x" }, 9998));
        });

        var kept = await Import();
        Assert.Equal(0, kept.Data.NodesDeleted);
        Assert.Contains(_fake.Store.Nodes, n => n.Id == "ZZ");
        Assert.DoesNotContain(_fake.Statements, r => r.Statement?.Contains("DELETE", StringComparison.Ordinal) == true);

        var pruned = await Import(new ImportOptions(Prune: true));

        Assert.Equal(1, pruned.Data.NodesDeleted);
        Assert.Equal(2, pruned.Data.RelationshipsDeleted); // ZZ's, and TN's ARRIVAL role the seed does not give
        Assert.DoesNotContain(_fake.Store.Nodes, n => n.Id == "ZZ");
        Assert.Equal(UniqueRelationships, _fake.Store.Relationships.Count);
        Assert.Equal(TestSupport.Seed.Nodes.Count, _fake.Store.Nodes.Count(n => n.Label != Neo4jModel.MetaLabel));
        var pruneIds = _fake.Statements.Last(r => r.Statement == CypherStatements.PruneNodes(NodeLabel.Country).Text);
        Assert.Contains("TN", pruneIds.Parameters!["ids"]!.AsArray().Select(x => x!.GetValue<string>()));
        Assert.Contains("prune", ImportReport.Format(pruned, "x"));
    }

    [Fact]
    public async Task A_failure_rolls_back_the_whole_import_and_commits_nothing()
    {
        var statements = 0;
        _fake.Store.BeforeStatement = name => name.StartsWith("merge-relationships", StringComparison.Ordinal) && ++statements == 3
            ? FakeResponse.Error(400, "Neo.ClientError.Schema.ConstraintValidationFailed", "Node(12) already exists with label `Country` and property `id` = 'TN'")
            : null;

        var e = await Assert.ThrowsAsync<Neo4jException>(() => Import());

        Assert.Equal(Neo4jErrorKind.Client, e.Kind);
        Assert.Contains("Neo.ClientError.Schema.ConstraintValidationFailed", e.Message);
        Assert.Empty(_fake.Store.Nodes);
        Assert.Empty(_fake.Store.Relationships);
        Assert.Null(_fake.Store.Version);
        Assert.DoesNotContain(_fake.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
        Assert.Contains(_fake.Requests, r => r.Method == "DELETE" && r.Path == "/db/neo4j/query/v2/tx/tx1");
        Assert.Equal(0, _fake.Store.OpenTransactions);
    }

    [Fact]
    public async Task Every_value_travels_as_a_parameter()
    {
        await Import();

        // No statement text holds a value of the seed: the texts are exactly the fixed statements.
        var known = CypherStatements.All.Select(s => s.Text).ToHashSet();
        Assert.All(_fake.Statements, r => Assert.Contains(r.Statement!, known));
        var tunisia = _fake.Statements.Single(r => r.Statement == CypherStatements.MergeNodes(NodeLabel.Country).Text
            && r.Parameters!["rows"]!.AsArray().Any(x => x!["id"]!.GetValue<string>() == "TN"));
        Assert.NotNull(tunisia);
    }

    [Fact]
    public async Task Credentials_never_reach_the_logs()
    {
        var logs = new CollectingLoggerProvider();
        using var factory = logs.Factory();
        using var client = TestSupport.Client(_fake, logs: factory);
        var seed = TestSupport.Seed;
        var calls = 0;
        _fake.Handler = r => r.Statement is not null && r.TransactionId is null && ++calls == 1
            ? FakeResponse.Error(503, "Neo.TransientError.General.DatabaseUnavailable", "busy") // a retry, logged as a warning
            : null;

        await new Neo4jImporter(client, factory.CreateLogger<Neo4jImporter>())
            .ImportAsync(seed.Version, seed.Nodes, seed.Relationships, new ImportOptions(), default);

        Assert.Contains("transient failure", logs.All);
        Assert.Contains("committed", logs.All);
        TestSupport.AssertNoSecret(logs.All);
    }

    [Fact]
    public void Rows_carry_dates_as_iso_strings_lists_as_lists_and_no_empty_identity()
    {
        var node = new NodeRecord(NodeLabel.Partnership, "p", new Dictionary<string, object?>
        {
            ["title"] = "T", ["kind"] = "STATEMENT", ["level"] = "EU", ["aliases"] = new[] { "a", "b" }, ["summary"] = "",
        });
        var row = ImportRows.NodeRow(node);
        Assert.Equal(["a", "b"], Assert.IsType<string[]>(row["aliases"]));
        Assert.Null(row["summary"]);
        Assert.True(row.ContainsKey("titleFr"));

        // A partial date travels as its string and its first and last day, which the statement stores with date().
        var launched = ImportRows.NodeRow(new NodeRecord(NodeLabel.LifecycleEvent, "e", new Dictionary<string, object?>
        {
            ["kind"] = "LAUNCHED", ["date"] = PartialDate.Parse("2006-07"),
        }));
        Assert.Equal(("2006-07", "2006-07-01", "2006-07-31"), (launched["date"], launched["dateEarliest"], launched["dateLatest"]));
        var undated = ImportRows.NodeRow(new NodeRecord(NodeLabel.LifecycleEvent, "u", new Dictionary<string, object?> { ["kind"] = "ENDED" }));
        Assert.Equal((null, null, null), (undated["date"], undated["dateEarliest"], undated["dateLatest"]));

        var quoteless = ImportRows.RelationshipRow(new RelationshipRecord(RelationType.SOURCED_FROM, "p", "doc", new Dictionary<string, object?>()));
        Assert.Equal("", quoteless["quote"]);
        Assert.Equal(["p", "doc", ""], ImportRows.Key(new RelationshipRecord(RelationType.SOURCED_FROM, "p", "doc", new Dictionary<string, object?>())));
    }
}
