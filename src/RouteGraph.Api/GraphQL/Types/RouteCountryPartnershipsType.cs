using global::GraphQL.Types;
using RouteGraph.Core.Analytics;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class RouteCountryPartnershipsType : ObjectGraphType<RouteCountryPartnerships>
{
    public RouteCountryPartnershipsType()
    {
        Name = "RouteCountryPartnerships";
        Description = "A country on a route, its roles there, and the partnerships it is a partner of.";
        Field<NonNullGraphType<CountryType>>("country").Description("The country.").Resolve(c => c.Source.Country);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RouteRoleEnum>>>>("roles").Description("Its roles on the route.")
            .Resolve(c => c.Source.Roles);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnershipType>>>>("partnerships")
            .Description("The partnerships it is a partner of (directly or through a region) that match the sectors and day asked for, in signing order.").Resolve(c => c.Source.Partnerships);
    }
}
