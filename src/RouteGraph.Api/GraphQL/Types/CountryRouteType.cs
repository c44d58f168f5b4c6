using global::GraphQL.Types;
using RouteGraph.Core.Graph;
using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class CountryRouteType : ObjectGraphType<RouteMembership>
{
    public CountryRouteType()
    {
        Name = "CountryRoute";
        Description = "A route a country lies on, with the roles the country plays there.";
        Field<NonNullGraphType<RouteType>>("route").Description("The route.").Resolve(c => c.Source.Route);
        Field<NonNullGraphType<CountryType>>("country").Description("The country.").Resolve(c => c.Source.Country);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RouteRoleEnum>>>>("roles").Description("The country's roles on the route.")
            .Resolve(c => c.Source.Roles);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentType>>>>("sources")
            .Description("The documents placing the country on the route.").Resolve(c => c.Source.Sources);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("notes")
            .Description("Notes on the country's place on the route (a contested status, how the publisher records it), in English.")
            .Resolve(c => c.Source.Notes);
    }
}
