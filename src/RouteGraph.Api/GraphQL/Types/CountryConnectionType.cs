using Microsoft.Extensions.Options;
using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class CountryConnectionType(IOptions<RouteGraphOptions> options)
    : ConnectionGraphType<CountryType, CountryEdgeType, Country>("CountryConnection", "countries", options.Value.Limits);
