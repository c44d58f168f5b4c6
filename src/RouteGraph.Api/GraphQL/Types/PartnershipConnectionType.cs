using System.Text;
using global::GraphQL;
using global::GraphQL.Types;
using global::GraphQL.Types.Relay;
using global::GraphQL.Types.Relay.DataObjects;
using global::GraphQL.Validation.Complexity;
using Microsoft.Extensions.Options;
using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class PartnershipConnectionType(IOptions<RouteGraphOptions> options)
    : ConnectionGraphType<PartnershipType, PartnershipEdgeType, Partnership>("PartnershipConnection", "partnerships", options.Value.Limits);
