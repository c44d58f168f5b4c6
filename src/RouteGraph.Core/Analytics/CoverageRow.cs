using System.Collections.Immutable;
using RouteGraph.Core.Model;

namespace RouteGraph.Core.Analytics;

/// <summary>One third country of a route (any of ORIGIN, TRANSIT, DEPARTURE) with its roles and one cell per sector.</summary>
public sealed record CoverageRow(Country Country, ImmutableArray<RouteRole> Roles, ImmutableArray<CoverageCell> Cells);
