using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class PartnershipEdgeType() : EdgeGraphType<PartnershipType, Partnership>("PartnershipEdge", "partnerships");
