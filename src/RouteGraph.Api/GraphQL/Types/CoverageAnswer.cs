using RouteGraph.Core.Analytics;

namespace RouteGraph.Api.GraphQL.Types;

/// <summary>The answer to routeCoverage: the coverage of a known route, or an empty one with no route.</summary>
public sealed record CoverageAnswer(Route? Route, DateOnly Day, RouteCoverage? Coverage)
{
    public CoverageCounts Counts => Coverage?.Counts ?? default;
}
