using RouteGraph.Core.Model;

namespace RouteGraph.Core.Analytics;

public sealed record GraphViewNode(string Id, NodeLabel Label, string Name, double? Lat, double? Lon);
