using RouteGraph.Core.Graph;
using RouteGraph.Core.Model;
using RouteGraph.Core.Seed;

namespace RouteGraph.Core.Tests.Seed;

/// <summary>The assembler on records from a store other than CSV (as the Neo4j loader hands them over).</summary>
public sealed class AssemblerTests : IDisposable
{
    readonly SeedFolder _seed = SeedFolder.Valid();

    public void Dispose() => _seed.Dispose();

    static SourceLocation At(NodeRecord n) => new($"neo4j:{n.Label}:{n.Id}", 0, 0);

    /// <summary>The valid seed's records, each node given a store location, one node changed.</summary>
    (List<NodeRecord> Nodes, IReadOnlyList<RelationshipRecord> Relationships) Records(string id, Func<NodeRecord, NodeRecord> change)
    {
        var records = SeedLoader.Read(_seed.Directory);
        var nodes = records.Nodes.Select(n => n with { Location = At(n) }).Select(n => n.Id == id ? change(n) : n).ToList();
        return (nodes, records.Relationships);
    }

    static NodeRecord With(NodeRecord node, string property, object? value) =>
        node with { Properties = new Dictionary<string, object?>(node.Properties) { [property] = value } };

    static GraphProblem OnlyProblem(GraphLoadResult result)
    {
        Assert.Null(result.Graph);
        return Assert.Single(result.Problems);
    }

    [Theory]
    [InlineData("lat", "34.0")] // text where a float belongs
    [InlineData("euMember", 1L)] // a number where a boolean belongs
    [InlineData("aliases", "Tunisie")] // text where a list belongs
    public void A_value_of_the_wrong_type_is_a_problem_not_an_exception(string property, object value)
    {
        var (nodes, relationships) = Records("TN", n => With(n, property, value));

        var problem = OnlyProblem(PolicyGraphAssembler.Assemble("v", nodes, relationships));

        Assert.Equal("neo4j:Country:TN:0:0", $"{problem.File}:{problem.Line}:{problem.Column}");
        Assert.StartsWith($"'{property}' should be", problem.Reason);
    }

    [Fact]
    public void Values_of_a_compatible_clr_type_are_accepted()
    {
        var (nodes, relationships) = Records("TN", n => With(With(n, "lat", 34), "aliases", new List<object> { "Tunisie" }));
        nodes = [.. nodes.Select(n => n.Id == "test-avrr-launched" ? With(n, "date", new DateOnly(2024, 3, 1)) : n)];

        var graph = PolicyGraphAssembler.Assemble("v", nodes, relationships).Graph!;

        Assert.Equal(34, graph.Country("TN")!.Centroid!.Value.Lat);
        Assert.Equal(["Tunisie"], graph.Country("TN")!.Aliases);
        // A whole day handed over as a DateOnly (as Neo4j's driver types it) is a partial date of day precision.
        Assert.Equal(PartialDate.Parse("2024-03-01"), graph.Node<LifecycleEvent>("test-avrr-launched")!.Date);
    }

    [Fact]
    public void Unknown_property_missing_required_property_and_unknown_enum_value_are_all_reported()
    {
        var (nodes, relationships) = Records("central-mediterranean", n =>
            With(With(With(n, "colour", "blue"), "name", null), "mode", "BOAT"));

        var result = PolicyGraphAssembler.Assemble("v", nodes, relationships);

        Assert.Null(result.Graph);
        Assert.Equal(
            [
                "unknown property 'colour' (allowed: name, nameIt, nameFr, mode, description, aliases)",
                "required property 'name' is missing",
                "unknown mode 'BOAT' (allowed: SEA, LAND, MIXED)",
            ],
            result.Problems.Select(p => p.Reason));
    }

    [Fact]
    public void A_bad_id_from_another_store_is_a_problem()
    {
        var (nodes, relationships) = Records("test-org", n => n);
        nodes.Add(nodes.Single(n => n.Id == "test-org") with { Id = "Test Org" });

        var problem = OnlyProblem(PolicyGraphAssembler.Assemble("v", nodes, relationships));

        Assert.Contains("'Test Org' is not a kebab-case slug", problem.Reason);
        Assert.Equal(0, problem.Line);
    }

    [Fact]
    public void Relationship_checks_do_not_depend_on_csv()
    {
        var records = SeedLoader.Read(_seed.Directory);
        RelationshipRecord[] relationships =
        [
            .. records.Relationships,
            new(RelationType.ON_ROUTE, "TN", "nowhere", new Dictionary<string, object?> { ["role"] = "ORIGIN", ["source"] = "test-document" }),
        ];

        var problem = OnlyProblem(PolicyGraphAssembler.Assemble("v", records.Nodes, relationships));

        Assert.Equal("(graph):0:0: end id 'nowhere' names no node", problem.ToString());
    }

    [Fact]
    public void An_undefined_label_or_type_is_a_problem_not_an_exception()
    {
        var result = PolicyGraphAssembler.Assemble(
            "v",
            [new NodeRecord((NodeLabel)99, "x", new Dictionary<string, object?>())],
            [new RelationshipRecord((RelationType)99, "x", "y", new Dictionary<string, object?>())]);

        Assert.Null(result.Graph);
        Assert.Equal(["unknown label 99", "unknown relationship type 99"], result.Problems.Select(p => p.Reason));
    }

    [Fact]
    public void No_records_make_an_empty_graph()
    {
        var result = PolicyGraphAssembler.Assemble("empty", [], []);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Graph!.Nodes);
    }
}
