using RouteGraph.Core.Graph;

namespace RouteGraph.Api.Tests.Infrastructure;

/// <summary>A source whose graph (or failure) the test sets; counts loads.</summary>
public sealed class TestGraphSource(PolicyGraph? graph) : IGraphSource
{
    volatile PolicyGraph? _graph = graph;
    volatile string? _failure;
    int _loads;

    public string Description => "test graph";

    public int Loads => _loads;

    public void Serve(PolicyGraph graph)
    {
        _graph = graph;
        _failure = null;
    }

    public void Fail(string reason) => _failure = reason;

    public Task<GraphLoadResult> LoadAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _loads);
        return Task.FromResult(_failure is { } reason || _graph is null
            ? new GraphLoadResult(null, [new GraphProblem("nodes/Country.csv", 3, 7, _failure ?? "no graph")])
            : new GraphLoadResult(_graph, []));
    }

    public Task<string?> CurrentVersionAsync(CancellationToken cancellationToken) => Task.FromResult(_graph?.Version);
}
