using RouteGraph.Core.Model;
using RouteGraph.Neo4j.Cypher;

namespace RouteGraph.Neo4j.Tests;

/// <summary>docs/neo4j.md describes the model as GraphSchema holds it.</summary>
public sealed class DocsTests
{
    static readonly string Docs = File.ReadAllText(CypherLintTests.FindUp(Path.Combine("docs", "neo4j.md")));

    [Fact]
    public void The_docs_name_every_label_relationship_type_and_property_of_the_model()
    {
        var missing = Neo4jModel.AllLabels.Concat(Neo4jModel.AllRelationshipTypes)
            .Concat(GraphSchema.Labels.SelectMany(l => l.Properties).Concat(GraphSchema.Relations.SelectMany(r => r.Properties)).Select(p => p.Name))
            .Distinct()
            .Where(name => !Docs.Contains($"`{name}", StringComparison.Ordinal))
            .ToList();

        Assert.True(missing.Count == 0, "not in docs/neo4j.md: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_docs_list_every_allowed_value_of_the_models_enumerated_properties()
    {
        var missing = GraphSchema.Labels.SelectMany(l => l.Properties).Concat(GraphSchema.Relations.SelectMany(r => r.Properties))
            .SelectMany(p => p.Values ?? [])
            .Distinct()
            .Where(value => !Docs.Contains(value, StringComparison.Ordinal))
            .ToList();

        Assert.True(missing.Count == 0, "values not in docs/neo4j.md: " + string.Join(", ", missing));
    }
}
