namespace RouteGraph.Core.Graph;

/// <summary>
/// Where a policy graph comes from: the bundled graph-seed folder, a Neo4j database, ...
/// The API holds one source, loads from it at start and polls it for a new version.
/// </summary>
public interface IGraphSource
{
    /// <summary>What this source is, for logs and health checks (never credentials).</summary>
    string Description { get; }

    /// <summary>Loads and checks the whole graph: a graph, or every problem found and no graph.</summary>
    Task<GraphLoadResult> LoadAsync(CancellationToken cancellationToken);

    /// <summary>The version the source holds now, found cheaply without building a graph; null when it cannot tell.</summary>
    Task<string?> CurrentVersionAsync(CancellationToken cancellationToken);
}
