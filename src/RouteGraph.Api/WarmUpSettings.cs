namespace RouteGraph.Api;

/// <summary>
/// <c>RouteGraph:WarmUp</c>: how much of WarmUp.graphql runs against each new graph before it is served
/// (<see cref="Graph.GraphWarmUp"/>). Each round runs every operation once; 0 only builds the analytics indexes.
/// 60 rounds (about half a second on the bundled seed, pinned to one CPU) gave the first five seconds of uncached load
/// a third more requests than 3 rounds did (docs/benchmarks.md).
/// </summary>
public sealed class WarmUpSettings
{
    public int Rounds { get; set; } = 60;

    /// <summary>
    /// No new round starts after this long (the first always runs): on a graph much larger than the bundled seed, sixty
    /// rounds would hold a reload back for too long.
    /// </summary>
    public TimeSpan MaxDuration { get; set; } = TimeSpan.FromSeconds(3);
}
