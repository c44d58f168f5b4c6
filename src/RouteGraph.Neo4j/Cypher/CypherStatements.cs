using System.Collections.Frozen;
using RouteGraph.Core.Model;

namespace RouteGraph.Neo4j.Cypher;

/// <summary>
/// Every Cypher statement RouteGraph sends to Neo4j, generated once from <see cref="GraphSchema"/>
/// and <see cref="Neo4jModel"/>. Labels, relationship types and property names are put into the text
/// only from that fixed model (checked identifiers); every value is a parameter. <see cref="All"/>
/// lists them for the Cypher lint test.
/// </summary>
public static class CypherStatements
{
    /// <summary>Constraints (a unique id per label, GraphMeta included), then indexes. Each runs on its own: Neo4j does not mix schema and data writes in one transaction.</summary>
    public static IReadOnlyList<CypherStatement> Schema { get; } =
    [
        .. Neo4jModel.AllLabels.Select(label => new CypherStatement(
            $"schema:constraint:{label}",
            $"CREATE CONSTRAINT {Neo4jModel.ConstraintName(label)} IF NOT EXISTS FOR (n:{Neo4jModel.Identifier(label)}) REQUIRE n.{Neo4jModel.IdProperty} IS UNIQUE")),
        .. Neo4jModel.Indexes.Select(index => new CypherStatement(
            $"schema:index:{index.Name}",
            index.OnRelationship
                ? $"CREATE INDEX {Neo4jModel.Identifier(index.Name)} IF NOT EXISTS FOR ()-[r:{Neo4jModel.Identifier(index.LabelOrType)}]-() ON (r.{Neo4jModel.Identifier(index.Property)})"
                : $"CREATE INDEX {Neo4jModel.Identifier(index.Name)} IF NOT EXISTS FOR (n:{Neo4jModel.Identifier(index.LabelOrType)}) ON (n.{Neo4jModel.Identifier(index.Property)})")),
    ];

    /// <summary>The graph version recorded on the GraphMeta node (null when there is none).</summary>
    public static CypherStatement ReadGraphVersion { get; } = new(
        "read-graph-version",
        $"MATCH (m:{Neo4jModel.MetaLabel} {{id: $id}}) RETURN m.version AS version",
        "id");

    /// <summary>Records the graph version; touches nothing when it is already that version.</summary>
    public static CypherStatement WriteGraphVersion { get; } = new(
        "write-graph-version",
        $$"""
        MERGE (m:{{Neo4jModel.MetaLabel}} {id: $id})
        WITH m WHERE coalesce(m.version <> $version, true)
        SET m.version = $version, m.updatedAt = datetime()
        """,
        "id", "version");

    static readonly FrozenDictionary<NodeLabel, CypherStatement> MergeNodeStatements =
        Enum.GetValues<NodeLabel>().ToFrozenDictionary(l => l, BuildMergeNodes);

    static readonly FrozenDictionary<(RelationType, NodeLabel, NodeLabel), CypherStatement> MergeRelationshipStatements =
        GraphSchema.Relations
            .SelectMany(r => r.From.SelectMany(from => r.To.Select(to => (r.Type, from, to))))
            .ToFrozenDictionary(k => k, k => BuildMergeRelationships(k.Type, k.from, k.to));

    static readonly FrozenDictionary<NodeLabel, CypherStatement> PruneNodeStatements =
        Enum.GetValues<NodeLabel>().ToFrozenDictionary(l => l, l => new CypherStatement(
            $"prune-nodes:{l}",
            $"MATCH (n:{Neo4jModel.Name(l)}) WHERE NOT n.id IN $ids DETACH DELETE n",
            "ids"));

    static readonly FrozenDictionary<RelationType, CypherStatement> PruneRelationshipStatements =
        Enum.GetValues<RelationType>().ToFrozenDictionary(t => t, t => new CypherStatement(
            $"prune-relationships:{t}",
            $"MATCH (a)-[r:{Neo4jModel.Name(t)}]->(b) WHERE NOT [{string.Join(", ", ["a.id", "b.id", .. Neo4jModel.IdentityProperties(t).Select(p => $"r.{Neo4jModel.Identifier(p)}")])}] IN $keys DELETE r",
            "keys"));

    static readonly FrozenDictionary<NodeLabel, CypherStatement> ReadNodeStatements =
        Enum.GetValues<NodeLabel>().ToFrozenDictionary(l => l, l => new CypherStatement(
            $"read-nodes:{l}",
            $"MATCH (n:{Neo4jModel.Name(l)}) RETURN n ORDER BY n.id"));

    static readonly FrozenDictionary<RelationType, CypherStatement> ReadRelationshipStatements =
        Enum.GetValues<RelationType>().ToFrozenDictionary(t => t, t => new CypherStatement(
            $"read-relationships:{t}",
            $"MATCH (a)-[r:{Neo4jModel.Name(t)}]->(b) RETURN a.id AS fromId, r, b.id AS toId ORDER BY fromId, toId"));

    /// <summary>
    /// Writes a batch of nodes of one label (<c>$rows</c>: maps with id and every property of the label).
    /// MERGE on id; the properties are set only when they differ, so a second import of the same
    /// data reports no properties set. <c>SET n = wanted</c> also removes properties the model does not hold.
    /// </summary>
    public static CypherStatement MergeNodes(NodeLabel label) => MergeNodeStatements[label];

    /// <summary>Writes a batch of relationships of one type between two labels (<c>$rows</c>: fromId, toId and the type's properties).</summary>
    public static CypherStatement MergeRelationships(RelationType type, NodeLabel from, NodeLabel to) =>
        MergeRelationshipStatements.TryGetValue((type, from, to), out var statement)
            ? statement
            : throw new ArgumentException($"{type} does not connect {from} to {to} in the model.");

    /// <summary>Deletes the nodes of a label whose id is not in <c>$ids</c> (with their relationships).</summary>
    public static CypherStatement PruneNodes(NodeLabel label) => PruneNodeStatements[label];

    /// <summary>Deletes the relationships of a type whose identity ([from id, to id, identity properties...]) is not in <c>$keys</c>.</summary>
    public static CypherStatement PruneRelationships(RelationType type) => PruneRelationshipStatements[type];

    public static CypherStatement ReadNodes(NodeLabel label) => ReadNodeStatements[label];

    public static CypherStatement ReadRelationships(RelationType type) => ReadRelationshipStatements[type];

    /// <summary>Every statement above, for the Cypher lint.</summary>
    public static IReadOnlyList<CypherStatement> All { get; } =
    [
        .. Schema,
        ReadGraphVersion,
        WriteGraphVersion,
        .. MergeNodeStatements.Values,
        .. MergeRelationshipStatements.Values,
        .. PruneNodeStatements.Values,
        .. PruneRelationshipStatements.Values,
        .. ReadNodeStatements.Values,
        .. ReadRelationshipStatements.Values,
    ];

    static CypherStatement BuildMergeNodes(NodeLabel label)
    {
        var spec = GraphSchema.For(label);
        var wanted = string.Join(", ", [$"{Neo4jModel.IdProperty}: row.{Neo4jModel.IdProperty}", .. spec.Properties.Select(Assignment)]);
        return new CypherStatement(
            $"merge-nodes:{label}",
            $$"""
            UNWIND $rows AS row
            MERGE (n:{{Neo4jModel.Name(label)}} {id: row.id})
            WITH n, {{{wanted}}} AS wanted
            {{ChangedFilter("n")}}
            SET n = wanted
            """,
            "rows");
    }

    static CypherStatement BuildMergeRelationships(RelationType type, NodeLabel from, NodeLabel to)
    {
        var spec = GraphSchema.For(type);
        var identity = Neo4jModel.IdentityProperties(type);
        var key = identity.Count == 0
            ? ""
            : $" {{{string.Join(", ", identity.Select(p => $"{Neo4jModel.Identifier(p)}: row.{p}"))}}}";
        var wanted = string.Join(", ", spec.Properties.Select(Assignment));
        return new CypherStatement(
            $"merge-relationships:{type}:{from}->{to}",
            $$"""
            UNWIND $rows AS row
            MATCH (a:{{Neo4jModel.Name(from)}} {id: row.fromId})
            MATCH (b:{{Neo4jModel.Name(to)}} {id: row.toId})
            MERGE (a)-[r:{{Neo4jModel.Name(type)}}{{key}}]->(b)
            WITH r, {{{wanted}}} AS wanted
            {{ChangedFilter("r")}}
            SET r = wanted
            """,
            "rows");
    }

    /// <summary>Keeps only the entities whose stored properties differ from the wanted ones (a null stands for "absent").</summary>
    static string ChangedFilter(string v) =>
        $"""
        WHERE any(k IN keys(wanted) WHERE coalesce({v}[k] <> wanted[k], {v}[k] IS NOT NULL OR wanted[k] IS NOT NULL))
           OR any(k IN keys({v}) WHERE NOT k IN keys(wanted))
        """;

    /// <summary><c>name: expression</c>, converting the row's JSON value to the property's Cypher type (a partial date is three properties).</summary>
    static string Assignment(PropertySpec property)
    {
        var name = Neo4jModel.Identifier(property.Name);
        return property.Type switch
        {
            PropertyType.Int => $"{name}: toInteger(row.{name})",
            PropertyType.Float => $"{name}: toFloat(row.{name})",
            PropertyType.Date => $"{name}: date(row.{name})",
            PropertyType.PartialDate => string.Join(", ",
                $"{name}: row.{name}",
                $"{name}{Neo4jModel.EarliestSuffix}: date(row.{name}{Neo4jModel.EarliestSuffix})",
                $"{name}{Neo4jModel.LatestSuffix}: date(row.{name}{Neo4jModel.LatestSuffix})"),
            PropertyType.String or PropertyType.Boolean or PropertyType.StringArray => $"{name}: row.{name}",
            _ => throw new ArgumentOutOfRangeException(nameof(property), property.Type, "no Cypher mapping"),
        };
    }
}
