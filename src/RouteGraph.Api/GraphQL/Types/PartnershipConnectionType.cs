using Microsoft.Extensions.Options;
using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class PartnershipConnectionType(IOptions<RouteGraphOptions> options)
    : ConnectionGraphType<PartnershipType, PartnershipEdgeType, Partnership>("PartnershipConnection", "partnerships", options.Value.Limits);
