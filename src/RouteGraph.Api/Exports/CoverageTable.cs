using RouteGraph.Core.Analytics;
using RouteGraph.Core.Graph;
using RouteGraph.Core.Model;

namespace RouteGraph.Api.Exports;

/// <summary>
/// The coverage matrix Core computes (<see cref="RouteCoverageAnalysis"/>), laid out one row per country and sector for
/// the exports. Nothing is decided here: states, reasons, partnerships and evidence are Core's; this only flattens them.
/// </summary>
public static class CoverageTable
{
    /// <summary>The rows of a route's matrix on a day, in Core's order; null for an unknown route.</summary>
    public static IReadOnlyList<CoverageTableRow>? For(PolicyGraph graph, string routeId, DateOnly day)
    {
        if (RouteCoverageAnalysis.Compute(graph, routeId, day) is not { } coverage)
            return null;

        // Core's matrix has a cell per (country, role, sector); a country counts once per sector, with all its roles.
        return
        [
            .. coverage.Cells
                .GroupBy(c => (c.Country.Id, c.Sector))
                .Select(cells =>
                {
                    var first = cells.First();
                    var partnerships = cells.SelectMany(c => c.Partnerships).DistinctBy(p => p.Id).ToList();
                    return new CoverageTableRow(
                        routeId,
                        day,
                        first.Country.Iso2,
                        first.Country.Name,
                        [.. cells.Select(c => c.Role).Distinct()],
                        first.Sector,
                        partnerships.Count > 0 ? "COVERED" : "GAP",
                        partnerships.Count > 0 ? null : "NO_PARTNERSHIP",
                        partnerships,
                        [.. partnerships.SelectMany(p => graph.SourcesOf(p)).Select(s => s.Document).DistinctBy(d => d.Id)]);
                }),
        ];
    }
}
