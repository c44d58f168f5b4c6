using global::GraphQL.Types;
using RouteGraph.Core.Analytics;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class GraphViewEdgeType : ObjectGraphType<GraphViewEdge>
{
    public GraphViewEdgeType()
    {
        Name = "GraphViewEdge";
        Description = "An edge of a graph view.";
        Field<NonNullGraphType<IdGraphType>>("source").Description("The id of the node it starts at.").Resolve(c => c.Source.Source);
        Field<NonNullGraphType<IdGraphType>>("target").Description("The id of the node it ends at.").Resolve(c => c.Source.Target);
        Field<NonNullGraphType<RelationTypeEnum>>("type").Description("The relationship it draws.").Resolve(c => c.Source.Type);
        Field<IdGraphType>("routeId").Description("For a leg, the route it belongs to.").Resolve(c => c.Source.RouteId);
        Field<RouteRoleEnum>("role").Description("For a country on a route, its role.").Resolve(c => c.Source.Role);
    }
}
