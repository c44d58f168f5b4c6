namespace RouteGraph.Core.Analytics;

/// <summary>A route's coverage counts from one change date until the next.</summary>
public sealed record CoveragePoint(DateOnly Day, CoverageCounts Counts);
