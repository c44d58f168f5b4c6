using System.Text;
using global::GraphQL;
using global::GraphQL.Types;
using global::GraphQL.Types.Relay;
using global::GraphQL.Types.Relay.DataObjects;
using global::GraphQL.Validation.Complexity;
using Microsoft.Extensions.Options;
using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class CountryConnectionType(IOptions<RouteGraphOptions> options)
    : ConnectionGraphType<CountryType, CountryEdgeType, Country>("CountryConnection", "countries", options.Value.Limits);
