using System.Collections.Immutable;
using RouteGraph.Core.Model;

namespace RouteGraph.Core.Analytics;

/// <summary>
/// A route's coverage over a window: a point on the first day and on every later day the counts
/// may change (a partnership starts, stops, or its partial date becomes certain), so a front end
/// draws a step chart without asking day by day.
/// </summary>
public sealed record CoverageTrend(Route Route, DateOnly From, DateOnly To, Sector? Sector, ImmutableArray<CoveragePoint> Points);
