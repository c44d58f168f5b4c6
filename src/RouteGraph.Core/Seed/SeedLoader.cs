using RouteGraph.Core.Graph;

namespace RouteGraph.Core.Seed;

/// <summary>
/// Reads a graph-seed folder (Neo4j bulk-import CSV, one file per label and relationship type as
/// <see cref="Model.GraphSchema"/> names them) into a checked graph, or every problem found.
/// </summary>
public static class SeedLoader
{
    /// <summary>The name of the seed folder bundled with the product.</summary>
    public const string DefaultFolderName = "graph-seed";

    /// <summary>The graph-seed folder bundled with the product (found from the working directory or the app's base directory).</summary>
    /// <exception cref="DirectoryNotFoundException">No graph-seed folder in either directory or any of their parents.</exception>
    public static string DefaultDirectory() =>
        FindDefaultDirectory() ?? throw new DirectoryNotFoundException(
            $"No '{DefaultFolderName}' folder in '{Directory.GetCurrentDirectory()}', '{AppContext.BaseDirectory}' or any of their parents. "
            + "Pass the seed folder explicitly.");

    /// <summary>
    /// The nearest graph-seed folder walking up from the working directory (<c>dotnet run</c> from the
    /// repository), then from the app's base directory (tests, published apps); null when there is none.
    /// </summary>
    public static string? FindDefaultDirectory() =>
        FindUpwards(Directory.GetCurrentDirectory()) ?? FindUpwards(AppContext.BaseDirectory);

    /// <summary>Reads the records only (used by the Neo4j importer), with problems found while reading.</summary>
    public static SeedRecords Read(string directory) => SeedReader.Read(directory).Records;

    /// <summary>
    /// Reads and checks a seed folder. Every problem is reported, sorted by file, line and column;
    /// any problem means no graph. The graph's version is the seed's content hash.
    /// </summary>
    public static GraphLoadResult Load(string directory) => ReadAndLoad(directory).Result;

    /// <summary>
    /// <see cref="Load"/>, keeping the records too: for writers of the seed elsewhere (the Neo4j
    /// importer, the Cypher export), which must refuse exactly what <see cref="Load"/> refuses.
    /// </summary>
    public static (SeedRecords Records, GraphLoadResult Result) ReadAndLoad(string directory)
    {
        var (records, context) = SeedReader.Read(directory);
        var assembled = PolicyGraphAssembler.Assemble(records.Version, records.Nodes, records.Relationships, context);
        if (records.Problems.Count == 0 && assembled.Succeeded)
            return (records, assembled);

        GraphProblem[] problems =
        [
            .. records.Problems.Concat(assembled.Problems)
                .OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column),
        ];
        return (records, new GraphLoadResult(null, problems));
    }

    /// <summary>
    /// The content hash of the seed files (relative paths and bytes), without parsing them; the same
    /// as the version <see cref="Load"/> gives (see <see cref="SeedVersion"/>). Missing files are left out.
    /// </summary>
    public static string ComputeVersion(string directory) => SeedVersion.Of(SeedReader.ReadFiles(directory, problems: null));

    static string? FindUpwards(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, DefaultFolderName);
            if (Directory.Exists(candidate))
                return candidate;
        }

        return null;
    }
}

/// <summary>The raw content of a seed folder: records, the content-hash version and reading problems.</summary>
public sealed record SeedRecords(string Version, IReadOnlyList<NodeRecord> Nodes, IReadOnlyList<RelationshipRecord> Relationships, IReadOnlyList<GraphProblem> Problems);
