using global::GraphQL;
using global::GraphQL.Types;
using RouteGraph.Core.Analytics;
using RouteGraph.Core.Model;
using CoreSector = RouteGraph.Core.Model.Sector;

namespace RouteGraph.Api.GraphQL.Types;

/// <summary>How many partnerships a country has in one sector.</summary>
public sealed record SectorCount(CoreSector Sector, int Count);
