using System.Collections.Immutable;
using RouteGraph.Core.Graph;
using RouteGraph.Core.Model;

namespace RouteGraph.Core.Analytics;

/// <summary>One cell of the coverage matrix: a country in one role, one sector, the partnerships there.</summary>
public sealed record CoverageCell(Country Country, RouteRole Role, Sector Sector, ImmutableArray<Partnership> Partnerships)
{
    public bool IsGap => Partnerships.IsEmpty;
}

/// <summary>The origin/transit countries of a route × the five sectors, on a date (or regardless of date).</summary>
public sealed record RouteCoverage(Route Route, DateOnly? ActiveOn, ImmutableArray<CoverageCell> Cells)
{
    public IEnumerable<CoverageCell> Gaps => Cells.Where(c => c.IsGap);

    /// <summary>Covered share of the cells, 0 to 1 (0 for a route with no origin or transit country).</summary>
    public double Ratio => Cells.IsEmpty ? 0 : (double)Cells.Count(c => !c.IsGap) / Cells.Length;
}

/// <summary>
/// Where a route's countries of origin and transit have partnerships, sector by sector, and where
/// they have none: the gaps a route-based approach has to close.
/// </summary>
public static class RouteCoverageAnalysis
{
    /// <summary>The roles the matrix has rows for: partnerships are sought with origin and transit countries.</summary>
    static readonly RouteRole[] MatrixRoles = [RouteRole.ORIGIN, RouteRole.TRANSIT];

    /// <summary>The coverage matrix of a route, counting only partnerships in force on <paramref name="activeOn"/> when given; null for an unknown route.</summary>
    public static RouteCoverage? Compute(PolicyGraph graph, string routeId, DateOnly? activeOn)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (graph.Node<Route>(routeId) is not { } route)
            return null;

        var index = AnalyticsIndex.Of(graph);
        var sectors = SectorsInRankOrder(graph);
        var cells = ImmutableArray.CreateBuilder<CoverageCell>();
        // RouteMembers is ordered by country name and each member's roles in enum order (ORIGIN before TRANSIT).
        foreach (var member in graph.RouteMembers(route.Id))
        {
            var roles = member.Roles.Where(MatrixRoles.Contains).ToArray();
            if (roles.Length == 0)
                continue;

            var covering = PartnershipQueries.InSigningOrder(PartnershipQueries.Covering(index, member.Country, route.Id)
                .Where(p => activeOn is not { } day || p.IsActiveOn(day)));
            foreach (var role in roles)
            {
                foreach (var sector in sectors)
                    cells.Add(new CoverageCell(member.Country, role, sector, [.. covering.Where(p => index.Covers(p, sector))]));
            }
        }

        return new RouteCoverage(route, activeOn, cells.ToImmutable());
    }

    /// <summary>The five sectors by the rank the graph gives them (enum order for any the graph does not hold).</summary>
    internal static ImmutableArray<Sector> SectorsInRankOrder(PolicyGraph graph) =>
        [.. Enum.GetValues<Sector>().OrderBy(s => graph.Sector(s)?.Rank ?? int.MaxValue).ThenBy(s => s)];
}
