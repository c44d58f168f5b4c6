using RouteGraph.Core.Model;

namespace RouteGraph.Core.Analytics;

public sealed record GraphViewEdge(string Source, string Target, RelationType Type, string? RouteId, RouteRole? Role);
