using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class CountryEdgeType() : EdgeGraphType<CountryType, Country>("CountryEdge", "countries");
