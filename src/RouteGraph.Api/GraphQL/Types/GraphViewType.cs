using global::GraphQL.Types;
using RouteGraph.Core.Analytics;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class GraphViewType : ObjectGraphType<GraphView>
{
    public GraphViewType()
    {
        Name = "GraphView";
        Description = "A drawable network: nodes with map positions and the edges between them, for map and network views.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphViewNodeType>>>>("nodes").Description("The nodes.").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphViewEdgeType>>>>("edges").Description("The edges.").Resolve(c => c.Source.Edges);
    }
}
