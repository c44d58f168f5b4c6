using RouteGraph.Core.Graph;

namespace RouteGraph.Core.Seed;

/// <summary>The embedded default: a graph-seed folder on disk.</summary>
public sealed class SeedGraphSource(string directory) : IGraphSource
{
    public string Directory { get; } = Path.GetFullPath(directory);

    public string Description => $"graph-seed folder {Directory}";

    public Task<GraphLoadResult> LoadAsync(CancellationToken cancellationToken) =>
        Task.Run(() => SeedLoader.Load(Directory), cancellationToken);

    public Task<string?> CurrentVersionAsync(CancellationToken cancellationToken) =>
        Task.Run<string?>(() => SeedLoader.ComputeVersion(Directory), cancellationToken);
}
