using System.Collections.Immutable;

namespace RouteGraph.Core.Analytics;

public sealed record GraphView(ImmutableArray<GraphViewNode> Nodes, ImmutableArray<GraphViewEdge> Edges);
