using RouteGraph.Core.Model;

namespace RouteGraph.Core.Analytics;

/// <summary>The counts of one sector's column of the matrix.</summary>
public sealed record SectorCoverage(Sector Sector, CoverageCounts Counts);
