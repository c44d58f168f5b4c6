namespace RouteGraph.Api;

/// <summary>
/// <c>RouteGraph:WarmUp</c>: how much of WarmUp.graphql runs against each new graph before it is served
/// (<see cref="Graph.GraphWarmUp"/>). Each round runs every operation once; 0 only builds the analytics indexes.
/// </summary>
public sealed class WarmUpSettings
{
    public int Rounds { get; set; } = 3;
}
