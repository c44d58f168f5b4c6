namespace RouteGraph.Api.GraphQL.Types;

public sealed class RouteCountryType() : RouteMembershipGraphType("RouteCountry", "A country on a route with every role it plays there.");
