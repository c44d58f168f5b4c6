namespace RouteGraph.Core.Graph;

/// <summary>The outcome of loading: a graph, or every problem found and no graph.</summary>
public sealed record GraphLoadResult(PolicyGraph? Graph, IReadOnlyList<GraphProblem> Problems)
{
    public bool Succeeded => Graph is not null && Problems.Count == 0;
}
