using RouteGraph.Core.Analytics;
using RouteGraph.Core.Graph;

namespace RouteGraph.Api.Exports;

/// <summary>
/// The coverage matrix Core computes (<see cref="RouteCoverageAnalysis"/>), laid out one row per country and sector for
/// the exports. Nothing is decided here: states, reasons, partnerships and evidence are Core's; this only flattens them.
/// </summary>
public static class CoverageTable
{
    /// <summary>The rows of a route's matrix on a day, in Core's order (countries, then sectors by rank); null for an unknown route.</summary>
    public static IReadOnlyList<CoverageTableRow>? For(PolicyGraph graph, string routeId, DateOnly day) =>
        RouteCoverageAnalysis.Compute(graph, routeId, day) is not { } coverage
            ? null
            :
            [
                .. coverage.Rows.SelectMany(row => row.Cells.Select(cell => new CoverageTableRow(
                    routeId,
                    day,
                    row.Country.Iso2,
                    row.Country.Name,
                    row.Roles,
                    cell.Sector,
                    cell.State,
                    cell.Reason,
                    cell.Partnerships,
                    [.. RouteCoverageAnalysis.EvidenceOf(graph, cell).Select(e => e.Document).DistinctBy(d => d.Id)]))),
            ];
}
