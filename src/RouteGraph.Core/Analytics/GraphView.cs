using System.Collections.Immutable;
using RouteGraph.Core.Graph;
using RouteGraph.Core.Model;

namespace RouteGraph.Core.Analytics;

public sealed record GraphView(ImmutableArray<GraphViewNode> Nodes, ImmutableArray<GraphViewEdge> Edges);
