using global::GraphQL.Types;
using RouteGraph.Core.Analytics;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class RoutePathType : ObjectGraphType<RoutePath>
{
    public RoutePathType()
    {
        Name = "RoutePath";
        Description = "A distinct sequence of countries linked by legs, between two countries; each hop lists the routes whose legs make it.";
        Field<NonNullGraphType<IntGraphType>>("hopCount").Description("How many hops the path takes.").Resolve(c => c.Source.HopCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathHopType>>>>("hops").Description("The hops, in order.").Resolve(c => c.Source.Hops);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountryType>>>>("countries").Description("The countries passed, in order, both ends included.")
            .Resolve(c => c.Source.Countries);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RouteType>>>>("routes")
            .Description("Every route some hop of the path is on, in the order the path first uses them.").Resolve(c => c.Source.Routes);
    }
}
