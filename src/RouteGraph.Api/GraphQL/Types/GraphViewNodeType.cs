using global::GraphQL.Types;
using RouteGraph.Core.Analytics;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class GraphViewNodeType : ObjectGraphType<GraphViewNode>
{
    public GraphViewNodeType()
    {
        Name = "GraphViewNode";
        Description = "A node of a graph view.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The node's id; node(id:) gives the whole node.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<NodeLabelEnum>>("label").Description("What kind of node it is.").Resolve(c => c.Source.Label);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Its English name or title.").Resolve(c => c.Source.Name);
        Field<FloatGraphType>("lat").Description("Latitude to draw it at; null when it has no place on the map.").Resolve(c => c.Source.Lat);
        Field<FloatGraphType>("lon").Description("Longitude to draw it at; null when it has no place on the map.").Resolve(c => c.Source.Lon);
    }
}
