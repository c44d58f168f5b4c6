using global::GraphQL.Types;
using RouteGraph.Core.Analytics;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class PathHopType : ObjectGraphType<PathHop>
{
    public PathHopType()
    {
        Name = "PathHop";
        Description = "One hop of a path, from one country to the next, with every route whose legs make it.";
        Field<NonNullGraphType<CountryType>>("from").Description("Where the hop starts.").Resolve(c => c.Source.From);
        Field<NonNullGraphType<CountryType>>("to").Description("Where the hop ends.").Resolve(c => c.Source.To);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathLegType>>>>("legs")
            .Description("The legs between the two countries, one per route, by route id.").Resolve(c => c.Source.Legs);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RouteType>>>>("routes")
            .Description("The routes whose legs make this hop, by route id.").Resolve(c => c.Source.Routes);
    }
}
