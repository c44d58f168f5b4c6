using global::GraphQL;
using RouteGraph.Core.Graph;

namespace RouteGraph.Api.GraphQL;

/// <summary>
/// The execution's user context: the graph captured once when the request started, so a reload
/// in the middle of a request cannot mix two versions in one answer, and "today" read once from the
/// injected clock, so a question without a day is answered for one day throughout.
/// </summary>
public sealed class GraphUserContext(PolicyGraph graph, DateOnly today) : Dictionary<string, object?>
{
    public PolicyGraph Graph { get; } = graph;

    /// <summary>The day a question without a day is about (UTC, from the injected TimeProvider); part of the cache key.</summary>
    public DateOnly Today { get; } = today;

    /// <summary>False once a resolver computed something that must never be stored (a what-if scenario).</summary>
    public bool Cacheable { get; private set; } = true;

    public void DoNotCache() => Cacheable = false;
}
