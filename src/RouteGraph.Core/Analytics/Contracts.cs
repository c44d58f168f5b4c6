// CONTRACT STUBS — the analytics helper replaces these bodies (and splits this file by analytic).
using System.Collections.Immutable;
using RouteGraph.Core.Graph;
using RouteGraph.Core.Model;

namespace RouteGraph.Core.Analytics;

/// <summary>Which partnerships to keep. Every criterion set must hold; null or empty means "any".</summary>
public sealed record PartnershipFilter(
    IReadOnlyCollection<string>? RouteIds = null,
    IReadOnlyCollection<string>? CountryIsos = null,
    IReadOnlyCollection<Sector>? Sectors = null,
    IReadOnlyCollection<PartnershipKind>? Kinds = null,
    IReadOnlyCollection<PartnershipStatus>? Statuses = null,
    DateOnly? ActiveOn = null,
    DateOnly? SignedFrom = null,
    DateOnly? SignedTo = null,
    string? Text = null)
{
    public static PartnershipFilter Any { get; } = new();
}

/// <summary>A country on a route, its roles there, and the partnerships covering it on that route.</summary>
public sealed record RouteCountryPartnerships(Country Country, ImmutableArray<RouteRole> Roles, ImmutableArray<Partnership> Partnerships);

public static class PartnershipQueries
{
    /// <summary>Partnerships matching a filter, ordered by signing date (unknown last), then id.</summary>
    public static ImmutableArray<Partnership> Find(PolicyGraph graph, PartnershipFilter filter) => throw new NotImplementedException();

    /// <summary>For a route: each of its countries with roles and the partnerships covering it (null when the route is unknown).</summary>
    public static ImmutableArray<RouteCountryPartnerships>? ByRoute(PolicyGraph graph, string routeId, PartnershipFilter? filter = null) =>
        throw new NotImplementedException();
}

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

public static class RouteCoverageAnalysis
{
    public static RouteCoverage? Compute(PolicyGraph graph, string routeId, DateOnly? activeOn) => throw new NotImplementedException();
}

public sealed record PathHop(Country From, Country To, Route Route, RouteMode Mode);

public sealed record RoutePath(ImmutableArray<PathHop> Hops)
{
    public int HopCount => Hops.Length;
    public IEnumerable<Country> Countries => Hops.IsEmpty ? [] : [Hops[0].From, .. Hops.Select(h => h.To)];
}

public static class PathFinder
{
    /// <summary>Simple movement paths over LEG relationships, shortest first, at most <paramref name="limit"/>.</summary>
    public static ImmutableArray<RoutePath> Find(PolicyGraph graph, string fromIso, string toIso, int maxHops = 6, int limit = 100) =>
        throw new NotImplementedException();
}

public sealed record CountryRank(
    int Rank,
    Country Country,
    double Betweenness,
    ImmutableArray<Route> Routes,
    ImmutableDictionary<Sector, int> PartnershipsBySector);

public static class KeyCountries
{
    /// <summary>Countries by betweenness over the LEG network of the chosen routes (all when none given).</summary>
    public static ImmutableArray<CountryRank> Rank(PolicyGraph graph, IReadOnlyCollection<string>? routeIds, int limit = 10) =>
        throw new NotImplementedException();
}

public enum TimelineEventKind
{
    SIGNED,
    LAUNCHED,
    SUSPENDED,
    ENDED,
}

public sealed record TimelineEvent(DateOnly Date, TimelineEventKind Kind, Partnership Partnership);

public static class Timeline
{
    public static ImmutableArray<TimelineEvent> Events(PolicyGraph graph, string? routeId, DateOnly? from, DateOnly? to) =>
        throw new NotImplementedException();
}

public sealed record GraphViewNode(string Id, NodeLabel Label, string Name, double? Lat, double? Lon);

public sealed record GraphViewEdge(string Source, string Target, RelationType Type, string? RouteId, RouteRole? Role);

public sealed record GraphView(ImmutableArray<GraphViewNode> Nodes, ImmutableArray<GraphViewEdge> Edges);

public static class GraphViews
{
    public static GraphView For(PolicyGraph graph, IReadOnlyCollection<string>? routeIds) => throw new NotImplementedException();
}

public sealed record SearchHit(PolicyNode Node, string MatchedText, double Score);

public static class GraphSearch
{
    public static ImmutableArray<SearchHit> Find(PolicyGraph graph, string text, int limit = 20) => throw new NotImplementedException();
}
