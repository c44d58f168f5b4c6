using RouteGraph.Core.Graph;

namespace RouteGraph.Api.Graph;

/// <summary>What the API holds at one moment: the last good graph (if any) and the last loading problem (if any).</summary>
public sealed record GraphState(
    PolicyGraph? Graph,
    DateTimeOffset? LoadedAt,
    string? Problem,
    DateTimeOffset? ProblemAt)
{
    public static GraphState Empty { get; } = new(null, null, null, null);
}
