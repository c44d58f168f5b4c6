using global::GraphQL.Types;
using RouteGraph.Core.Analytics;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class PathLegType : ObjectGraphType<PathLeg>
{
    public PathLegType()
    {
        Name = "PathLeg";
        Description = "One route's leg between the two countries of a hop.";
        Field<NonNullGraphType<RouteType>>("route").Description("The route.").Resolve(c => c.Source.Route);
        Field<NonNullGraphType<RouteModeEnum>>("mode").Description("How people move on this leg.").Resolve(c => c.Source.Mode);
    }
}
