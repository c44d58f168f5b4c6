using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RouteGraph.Core.Graph;
using RouteGraph.Core.Model;
using RouteGraph.Neo4j.Cypher;
using RouteGraph.Neo4j.QueryApi;

namespace RouteGraph.Neo4j.Import;

public sealed record ImportOptions(bool Prune = false, int BatchSize = 500);

/// <summary>One statement of an import, with the rows it carried and the counters Neo4j reported.</summary>
public sealed record ImportStep(string Phase, string Statement, int Rows, QueryCounters Counters);

/// <summary>What an import did, from the query counters: a second import of the same seed shows no data change.</summary>
public sealed record ImportSummary(string Version, IReadOnlyList<ImportStep> Steps, IReadOnlyList<string> Bookmarks, int DuplicateRelationships)
{
    public QueryCounters Schema => Sum(s => s.Phase == ImportPhases.Schema);

    public QueryCounters Data => Sum(s => s.Phase != ImportPhases.Schema);

    public int Statements => Steps.Count;

    public int Transactions => 1;

    QueryCounters Sum(Func<ImportStep, bool> which) => Steps.Where(which).Aggregate(QueryCounters.None, (a, s) => a + s.Counters);
}

public static class ImportPhases
{
    public const string Schema = "schema";
    public const string Prune = "prune";
    public const string Nodes = "nodes";
    public const string Relationships = "relationships";
    public const string Meta = "meta";
}

/// <summary>
/// Writes seed records into Neo4j: the schema first (constraints and indexes, each on its own,
/// idempotent with IF NOT EXISTS), then every node and relationship with UNWIND $rows ... MERGE in
/// batches inside ONE explicit transaction, pruning first when asked, and the GraphMeta version
/// last: all or nothing. A failure rolls the transaction back and is rethrown; running the import
/// again is the retry (it is idempotent).
/// </summary>
public sealed class Neo4jImporter(ICypherRunner runner, ILogger<Neo4jImporter>? logger = null)
{
    readonly ILogger _logger = logger ?? NullLogger<Neo4jImporter>.Instance;

    public async Task<ImportSummary> ImportAsync(
        string version, IEnumerable<NodeRecord> nodes, IEnumerable<RelationshipRecord> relationships, ImportOptions options, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1);
        var rows = ImportRows.From(nodes, relationships);
        var steps = new List<ImportStep>();

        foreach (var statement in CypherStatements.Schema)
        {
            var result = await runner.RunAsync(statement, null, cancellationToken);
            steps.Add(new ImportStep(ImportPhases.Schema, statement.Name, 0, result.Counters));
        }

        _logger.LogInformation("Neo4j {Endpoint}: schema in place; writing graph version {Version} in one transaction", runner.Endpoint, version);
        var tx = await runner.BeginTransactionAsync(cancellationToken);
        try
        {
            if (options.Prune)
            {
                foreach (var type in Enum.GetValues<RelationType>())
                {
                    var keys = rows.RelationshipKeys.GetValueOrDefault(type, []);
                    await Run(tx, ImportPhases.Prune, CypherStatements.PruneRelationships(type), "keys", keys, steps, cancellationToken);
                }

                foreach (var label in Enum.GetValues<NodeLabel>())
                {
                    var ids = rows.Nodes.Where(g => g.Label == label).SelectMany(g => g.Rows).Select(r => r[Neo4jModel.IdProperty]).ToArray();
                    await Run(tx, ImportPhases.Prune, CypherStatements.PruneNodes(label), "ids", ids, steps, cancellationToken);
                }
            }

            foreach (var (label, labelRows) in rows.Nodes)
            {
                foreach (var batch in labelRows.Chunk(options.BatchSize))
                    await Run(tx, ImportPhases.Nodes, CypherStatements.MergeNodes(label), "rows", batch, steps, cancellationToken);
            }

            foreach (var group in rows.Relationships)
            {
                foreach (var batch in group.Rows.Chunk(options.BatchSize))
                {
                    await Run(tx, ImportPhases.Relationships, CypherStatements.MergeRelationships(group.Type, group.From, group.To),
                        "rows", batch, steps, cancellationToken);
                }
            }

            var meta = await tx.RunAsync(CypherStatements.WriteGraphVersion,
                new Dictionary<string, object?> { ["id"] = Neo4jModel.MetaId, ["version"] = version }, cancellationToken);
            steps.Add(new ImportStep(ImportPhases.Meta, CypherStatements.WriteGraphVersion.Name, 1, meta.Counters));

            var bookmarks = await tx.CommitAsync(cancellationToken);
            _logger.LogInformation("Neo4j {Endpoint}: import of graph version {Version} committed ({Statements} statements)",
                runner.Endpoint, version, steps.Count);
            return new ImportSummary(version, steps, bookmarks, rows.DuplicateRelationships);
        }
        catch (Exception failure)
        {
            try
            {
                await tx.RollbackAsync(CancellationToken.None);
                _logger.LogWarning("Neo4j {Endpoint}: import rolled back: {Reason}", runner.Endpoint, failure.Message);
            }
            catch (Exception rollback) when (rollback is Neo4jException or HttpRequestException or ObjectDisposedException)
            {
                // The server rolls back a transaction whose statement failed, and expires an idle one.
                _logger.LogWarning("Neo4j {Endpoint}: rollback after a failed import also failed ({Reason}); the server discards the transaction",
                    runner.Endpoint, rollback.Message);
            }

            throw;
        }
        finally
        {
            await tx.DisposeAsync();
        }
    }

    static async Task Run<T>(
        ICypherTransaction tx, string phase, CypherStatement statement, string parameter, IReadOnlyCollection<T> values,
        List<ImportStep> steps, CancellationToken cancellationToken)
    {
        var result = await tx.RunAsync(statement, new Dictionary<string, object?> { [parameter] = values }, cancellationToken);
        steps.Add(new ImportStep(phase, statement.Name, values.Count, result.Counters));
    }
}
