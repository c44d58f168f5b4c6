// CONTRACT STUB — the loader helper implements this.
using RouteGraph.Core.Graph;

namespace RouteGraph.Core.Seed;

/// <summary>Reads a graph-seed folder (Neo4j bulk-import CSV) into a checked graph, or every problem found.</summary>
public static class SeedLoader
{
    /// <summary>The graph-seed folder bundled with the product (found from the working directory or the app's base directory).</summary>
    public static string DefaultDirectory() => throw new NotImplementedException();

    /// <summary>Reads the records only (used by the Neo4j importer), with problems found while reading.</summary>
    public static SeedRecords Read(string directory) => throw new NotImplementedException();

    public static GraphLoadResult Load(string directory) => throw new NotImplementedException();

    /// <summary>The content hash of the seed files (relative paths and bytes), without parsing them.</summary>
    public static string ComputeVersion(string directory) => throw new NotImplementedException();
}

/// <summary>The raw content of a seed folder: records, the content-hash version and reading problems.</summary>
public sealed record SeedRecords(string Version, IReadOnlyList<NodeRecord> Nodes, IReadOnlyList<RelationshipRecord> Relationships, IReadOnlyList<GraphProblem> Problems);
