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

/// <summary>
/// Which partnerships cover which countries and routes. A partnership covers a country on a route
/// when it names that country as partner (a Region partner counts for each of its countries) or
/// when it TARGETS the route as a whole (then it counts for every country of the route).
/// </summary>
public static class PartnershipQueries
{
    /// <summary>Partnerships matching a filter, ordered by signing date (unknown last), then id.</summary>
    public static ImmutableArray<Partnership> Find(PolicyGraph graph, PartnershipFilter filter)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(filter);
        var index = AnalyticsIndex.Of(graph);
        // Candidates drawn from the routes' own partnerships need no second route check.
        var candidatesFromRoutes = filter.CountryIsos is not { Count: > 0 } && filter.RouteIds is { Count: > 0 };
        var matches = new Criteria(index, filter, ignoreRoutes: candidatesFromRoutes);
        return InSigningOrder(Candidates(index, filter).Where(matches.Hold));
    }

    /// <summary>For a route: each of its countries with roles and the partnerships covering it (null when the route is unknown).</summary>
    /// <remarks>The filter's RouteIds are ignored: the route is the one asked about.</remarks>
    public static ImmutableArray<RouteCountryPartnerships>? ByRoute(PolicyGraph graph, string routeId, PartnershipFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (graph.Node<Route>(routeId) is null)
            return null;

        var index = AnalyticsIndex.Of(graph);
        var matches = new Criteria(index, filter ?? PartnershipFilter.Any, ignoreRoutes: true);
        return
        [
            .. graph.RouteMembers(routeId).Select(m => new RouteCountryPartnerships(
                m.Country,
                m.Roles,
                InSigningOrder(Covering(index, m.Country, routeId).Where(matches.Hold)))),
        ];
    }

    /// <summary>The partnerships covering a country on a route: its own partnerships and those targeting the route.</summary>
    internal static IEnumerable<Partnership> Covering(AnalyticsIndex index, Country country, string routeId) =>
        index.Graph.PartnershipsWith(country).Union(index.Targeting(routeId), ById<Partnership>.Instance);

    /// <summary>Whether a partnership covers some country of a route, or targets it.</summary>
    internal static bool CoversRoute(AnalyticsIndex index, Partnership partnership, string routeId) =>
        index.Targets(partnership, routeId)
        || index.Graph.PartnerCountriesOf(partnership).Any(c => index.Graph.RoutesOf(c).Any(r => r.Route.Id == routeId));

    /// <summary>Every partnership covering some country of a route, or targeting it (each once).</summary>
    internal static IEnumerable<Partnership> CoveringRoute(AnalyticsIndex index, string routeId) =>
        index.Graph.RouteMembers(routeId)
            .SelectMany(m => index.Graph.PartnershipsWith(m.Country))
            .Union(index.Targeting(routeId), ById<Partnership>.Instance);

    /// <summary>By signing date, unknown dates last, then by id: the one order partnerships are listed in.</summary>
    internal static ImmutableArray<Partnership> InSigningOrder(IEnumerable<Partnership> partnerships) =>
    [
        .. partnerships
            .OrderBy(p => p.SignedOn is null)
            .ThenBy(p => p.SignedOn)
            .ThenBy(p => p.Id, StringComparer.Ordinal),
    ];

    /// <summary>
    /// Narrows the partnerships to look at with the graph's indexes (a route's or a country's
    /// partnerships) so a selective filter touches only that part of the graph.
    /// </summary>
    static IEnumerable<Partnership> Candidates(AnalyticsIndex index, PartnershipFilter filter)
    {
        var graph = index.Graph;
        if (filter.CountryIsos is { Count: > 0 } isos)
        {
            return isos
                .Select(graph.Country)
                .OfType<Country>()
                .SelectMany(c => graph.PartnershipsWith(c))
                .Distinct(ById<Partnership>.Instance);
        }

        if (filter.RouteIds is { Count: > 0 } routeIds)
            return routeIds.Distinct(StringComparer.Ordinal).SelectMany(r => CoveringRoute(index, r)).Distinct(ById<Partnership>.Instance);

        return graph.Partnerships;
    }

    /// <summary>A filter's criteria, prepared once per request (folded text, country set).</summary>
    sealed class Criteria(AnalyticsIndex index, PartnershipFilter filter, bool ignoreRoutes)
    {
        readonly string _text = TextFold.Fold(filter.Text);
        readonly HashSet<string>? _isos = filter.CountryIsos is { Count: > 0 } isos
            ? isos.Select(i => i.Trim().ToUpperInvariant()).ToHashSet(StringComparer.Ordinal)
            : null;

        // Loops rather than lambdas: Hold runs once per candidate and a closure over it would be allocated each time.
        public bool Hold(Partnership p) =>
            OnRoutes(p)
            && WithCountries(p)
            && (filter.Sectors is not { Count: > 0 } sectors || index.CoversAny(p, sectors))
            && (filter.Kinds is not { Count: > 0 } kinds || kinds.Contains(p.Kind))
            && (filter.Statuses is not { Count: > 0 } statuses || statuses.Contains(p.Status))
            && (filter.ActiveOn is not { } day || p.IsActiveOn(day))
            && SignedInWindow(p)
            && HasText(p);

        bool OnRoutes(Partnership p)
        {
            if (ignoreRoutes || filter.RouteIds is not { Count: > 0 } routes)
                return true;
            foreach (var route in routes)
            {
                if (CoversRoute(index, p, route))
                    return true;
            }

            return false;
        }

        bool WithCountries(Partnership p)
        {
            if (_isos is null)
                return true;
            foreach (var country in index.Graph.PartnerCountriesOf(p))
            {
                if (_isos.Contains(country.Id))
                    return true;
            }

            return false;
        }

        bool HasText(Partnership p)
        {
            if (_text.Length == 0)
                return true;
            foreach (var text in index.FoldedTexts(p))
            {
                if (text.Contains(_text, StringComparison.Ordinal))
                    return true;
            }

            return false;
        }

        bool SignedInWindow(Partnership p)
        {
            if (filter.SignedFrom is null && filter.SignedTo is null)
                return true;
            // A partnership whose signing date is unknown cannot be placed in a window.
            return p.SignedOn is { } signed
                && (filter.SignedFrom is not { } from || signed >= from)
                && (filter.SignedTo is not { } to || signed <= to);
        }
    }
}
