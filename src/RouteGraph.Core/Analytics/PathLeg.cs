using RouteGraph.Core.Model;

namespace RouteGraph.Core.Analytics;

/// <summary>One route's leg between two countries, and how it is travelled.</summary>
public sealed record PathLeg(Route Route, RouteMode Mode);
