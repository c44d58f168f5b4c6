using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class RouteModeEnum() : DescribedEnum<RouteMode>("RouteMode",
    "How people move along a route or one of its legs.",
    new Dictionary<RouteMode, string>
    {
        [RouteMode.SEA] = "By sea.",
        [RouteMode.LAND] = "Over land.",
        [RouteMode.MIXED] = "Partly by sea, partly over land.",
    });
