using System.Collections.Immutable;
using RouteGraph.Core.Model;

namespace RouteGraph.Core.Analytics;

/// <summary>
/// A route's coverage matrix on a day: one row per third country with any role among ORIGIN,
/// TRANSIT and DEPARTURE (EU member states are never covered countries), one cell per key sector.
/// Each country counts once per sector, whatever its number of roles.
/// </summary>
public sealed record RouteCoverage(Route Route, DateOnly Day, ImmutableArray<Sector> Sectors, ImmutableArray<CoverageRow> Rows, bool HasScenario)
{
    public IEnumerable<CoverageCell> Cells => Rows.SelectMany(r => r.Cells);

    public IEnumerable<CoverageCell> Gaps => Cells.Where(c => c.State == CoverageState.GAP);

    public IEnumerable<CoverageCell> Unknown => Cells.Where(c => c.State == CoverageState.UNKNOWN);

    /// <summary>The cells a scenario changed (state or reason); empty without a scenario.</summary>
    public IEnumerable<CoverageCell> Changes => Cells.Where(c => c.Changed);

    public CoverageCounts Counts => CoverageCounts.Of(Cells);

    public ImmutableArray<SectorCoverage> BySector =>
        [.. Sectors.Select(s => new SectorCoverage(s, CoverageCounts.Of(Cells.Where(c => c.Sector == s))))];
}
