namespace RouteGraph.Api.GraphQL.Types;

public sealed class CountryRouteType() : RouteMembershipGraphType("CountryRoute", "A route a country lies on, with the roles the country plays there.");
