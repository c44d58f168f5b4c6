using CoreSector = RouteGraph.Core.Model.Sector;

namespace RouteGraph.Api.GraphQL.Types;

/// <summary>How many partnerships a country has in one sector.</summary>
public sealed record SectorCount(CoreSector Sector, int Count);
