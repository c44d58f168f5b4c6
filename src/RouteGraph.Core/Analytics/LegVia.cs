using RouteGraph.Core.Model;

namespace RouteGraph.Core.Analytics;

/// <summary>One LEG as the path and centrality analytics read it: the route it belongs to and how it is travelled.</summary>
internal readonly record struct LegVia(Route Route, RouteMode Mode);
