using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class RouteRoleEnum() : DescribedEnum<RouteRole>("RouteRole",
    "The part a country plays on a migration route. A country can hold several roles on one route.",
    new Dictionary<RouteRole, string>
    {
        [RouteRole.ORIGIN] = "People on the route come from this country.",
        [RouteRole.TRANSIT] = "People cross this country on their way.",
        [RouteRole.DEPARTURE] = "The route's crossing (by sea or over a border into the EU) starts here.",
        [RouteRole.ARRIVAL] = "The route reaches the EU here.",
    });
