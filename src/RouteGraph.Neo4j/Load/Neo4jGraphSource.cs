using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RouteGraph.Core.Graph;
using RouteGraph.Core.Model;
using RouteGraph.Neo4j.Cypher;
using RouteGraph.Neo4j.QueryApi;

namespace RouteGraph.Neo4j.Load;

/// <summary>The records read from Neo4j, with the problems found mapping them.</summary>
public sealed record Neo4jRecords(IReadOnlyList<NodeRecord> Nodes, IReadOnlyList<RelationshipRecord> Relationships, IReadOnlyList<GraphProblem> Problems);

/// <summary>
/// The policy graph held in Neo4j: every node per label and every relationship per type, assembled
/// by <see cref="PolicyGraphAssembler"/> under the version on the GraphMeta node (a content hash
/// when there is none). Transport failures (unreachable, unauthorized, timeout) surface as
/// <see cref="Neo4jException"/>, whose message names the endpoint and never a credential; bad data
/// comes back as problems in the <see cref="GraphLoadResult"/>. Retrying and keeping the last good
/// graph is the host's job.
/// </summary>
public sealed class Neo4jGraphSource(ICypherRunner runner, ILogger<Neo4jGraphSource>? logger = null) : IGraphSource
{
    /// <summary>How often a read is repeated when the version changed while reading (an import committed meanwhile).</summary>
    const int MaxReads = 3;

    readonly ILogger _logger = logger ?? NullLogger<Neo4jGraphSource>.Instance;

    public string Description => $"Neo4j {runner.Endpoint}";

    public async Task<GraphLoadResult> LoadAsync(CancellationToken cancellationToken)
    {
        for (var read = 1; read <= MaxReads; read++)
        {
            // Neo4j reads are read-committed, not a snapshot: the version read before and after the
            // records tells whether an import committed in between, in which case the read is repeated.
            var before = await CurrentVersionAsync(cancellationToken);
            var records = await ReadRecordsAsync(cancellationToken);
            var after = await CurrentVersionAsync(cancellationToken);
            if (before != after)
            {
                _logger.LogInformation("{Source}: graph version changed from {Before} to {After} while reading; reading again",
                    Description, before, after);
                continue;
            }

            if (records.Problems.Count > 0)
                return new GraphLoadResult(null, records.Problems);

            var version = before ?? ContentVersion(records);
            return PolicyGraphAssembler.Assemble(version, records.Nodes, records.Relationships);
        }

        return new GraphLoadResult(null,
            [new GraphProblem(new SourceLocation($"neo4j:{Neo4jModel.MetaLabel}", 0, 0), $"the graph version changed during each of {MaxReads} reads; try again")]);
    }

    /// <summary>GraphMeta.version, one small query; null when the database holds no GraphMeta node.</summary>
    public async Task<string?> CurrentVersionAsync(CancellationToken cancellationToken)
    {
        var result = await runner.RunAsync(CypherStatements.ReadGraphVersion,
            new Dictionary<string, object?> { ["id"] = Neo4jModel.MetaId }, cancellationToken);
        return result.Rows.Count == 0 ? null : Convert.ToString(result.Value(result.Rows[0], "version"), CultureInfo.InvariantCulture);
    }

    /// <summary>Reads every node of each model label and every relationship of each model type.</summary>
    public async Task<Neo4jRecords> ReadRecordsAsync(CancellationToken cancellationToken)
    {
        var problems = new List<GraphProblem>();
        var nodes = new List<NodeRecord>();
        foreach (var label in Enum.GetValues<NodeLabel>())
        {
            var result = await runner.RunAsync(CypherStatements.ReadNodes(label), null, cancellationToken);
            foreach (var row in result.Rows)
            {
                if (result.Value(row, "n") is not CypherNode node)
                    throw new Neo4jException(runner.Endpoint, Neo4jErrorKind.Protocol, null, $"read-nodes:{label} returned a row without a node");
                if (Neo4jRecordMapper.ToNodeRecord(label, node, problems) is { } record)
                    nodes.Add(record);
            }
        }

        var relationships = new List<RelationshipRecord>();
        foreach (var type in Enum.GetValues<RelationType>())
        {
            var result = await runner.RunAsync(CypherStatements.ReadRelationships(type), null, cancellationToken);
            foreach (var row in result.Rows)
            {
                if (result.Value(row, "r") is not CypherRelationship relationship)
                    throw new Neo4jException(runner.Endpoint, Neo4jErrorKind.Protocol, null, $"read-relationships:{type} returned a row without a relationship");
                if (Neo4jRecordMapper.ToRelationshipRecord(type, result.Value(row, "fromId"), result.Value(row, "toId"), relationship, problems) is { } record)
                    relationships.Add(record);
            }
        }

        _logger.LogInformation("{Source}: read {Nodes} nodes and {Relationships} relationships", Description, nodes.Count, relationships.Count);
        return new Neo4jRecords(nodes, relationships, problems);
    }

    /// <summary>A hash of the content, for a database that holds no GraphMeta version.</summary>
    public static string ContentVersion(Neo4jRecords records)
    {
        var lines = records.Nodes.Select(n => $"N|{n.Label}|{n.Id}|{Canonical(n.Properties)}")
            .Concat(records.Relationships.Select(r => $"R|{r.Type}|{r.FromId}|{r.ToId}|{Canonical(r.Properties)}"))
            .Order(StringComparer.Ordinal);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", lines)));
        return "neo4j-sha256:" + Convert.ToHexStringLower(hash)[..32];
    }

    static string Canonical(IReadOnlyDictionary<string, object?> properties) =>
        string.Join(";", properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={Text(p.Value)}"));

    static string Text(object? value) => value switch
    {
        null => "",
        string[] list => "[" + string.Join(",", list) + "]",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
