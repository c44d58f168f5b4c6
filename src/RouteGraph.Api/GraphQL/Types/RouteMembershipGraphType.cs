using global::GraphQL.Types;
using RouteGraph.Core.Graph;

namespace RouteGraph.Api.GraphQL.Types;

/// <summary>
/// A country's place on a route (Core's one <see cref="RouteMembership"/>), seen from the route
/// (<c>RouteCountry</c>) or from the country (<c>CountryRoute</c>): the same fields under two names
/// front ends already use.
/// </summary>
public abstract class RouteMembershipGraphType : ObjectGraphType<RouteMembership>
{
    protected RouteMembershipGraphType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<CountryType>>("country").Description("The country.").Resolve(c => c.Source.Country);
        Field<NonNullGraphType<RouteType>>("route").Description("The route.").Resolve(c => c.Source.Route);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RouteRoleEnum>>>>("roles").Description("The country's roles on the route.")
            .Resolve(c => c.Source.Roles);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentType>>>>("sources")
            .Description("The documents placing the country on the route.").Resolve(c => c.Source.Sources);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("notes")
            .Description("Notes on the country's place on the route (a contested status, how the publisher records it), in English.")
            .Resolve(c => c.Source.Notes);
    }
}
