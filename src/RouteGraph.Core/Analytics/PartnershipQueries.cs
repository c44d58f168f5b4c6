using System.Collections.Immutable;
using RouteGraph.Core.Graph;
using RouteGraph.Core.Model;

namespace RouteGraph.Core.Analytics;

/// <summary>
/// Which partnerships concern which countries and routes. A partnership is with a country when it
/// names the country as partner (a Region partner counts for each of its countries). A partnership
/// is on a route when it is with a country of the route or TARGETS the route: targets place a
/// partnership on a route for filtering, the timeline and the map, and never make it cover a country.
/// </summary>
public static class PartnershipQueries
{
    /// <summary>Partnerships matching a filter, in signing order; statuses are read on the filter's day or on <paramref name="today"/>.</summary>
    public static ImmutableArray<Partnership> Find(PolicyGraph graph, PartnershipFilter filter, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(filter);
        var context = AnalyticsContext.Of(graph);
        // Candidates drawn from the routes' own partnerships need no second route check.
        var candidatesFromRoutes = filter.CountryIsos is not { Count: > 0 } && filter.RouteIds is { Count: > 0 };
        var matches = new Criteria(context, filter, today, ignoreRoutes: candidatesFromRoutes);
        return InSigningOrder(graph, Candidates(context, filter).Where(matches.Hold));
    }

    /// <summary>For a route: each of its countries with roles and the partnerships it is a partner of (null when the route is unknown).</summary>
    /// <remarks>The filter's RouteIds are ignored: the route is the one asked about.</remarks>
    public static ImmutableArray<RouteCountryPartnerships>? ByRoute(PolicyGraph graph, string routeId, PartnershipFilter? filter, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (graph.Node<Route>(routeId) is null)
            return null;

        var context = AnalyticsContext.Of(graph);
        var matches = new Criteria(context, filter ?? PartnershipFilter.Any, today, ignoreRoutes: true);
        return
        [
            .. graph.RouteMembers(routeId).Select(m => new RouteCountryPartnerships(
                m.Country,
                m.Roles,
                // Already in signing order, sorted once per snapshot; the filter keeps that order.
                [.. context.PartnershipsWith(m.Country).Where(matches.Hold)])),
        ];
    }

    /// <summary>
    /// The partnerships on a route (with one of its countries, or targeting it), in signing order, narrowed by a filter;
    /// none when the filter names other routes only.
    /// </summary>
    public static ImmutableArray<Partnership> OnRoute(PolicyGraph graph, Route route, PartnershipFilter? filter, DateOnly today)
    {
        filter ??= PartnershipFilter.Any;
        return filter.RouteIds is { Count: > 0 } routes && !routes.Contains(route.Id)
            ? []
            : Find(graph, filter with { RouteIds = [route.Id] }, today);
    }

    /// <summary>
    /// The partnerships a country is a partner of, in signing order, narrowed by a filter; none when the filter names
    /// other countries only.
    /// </summary>
    public static ImmutableArray<Partnership> WithCountry(PolicyGraph graph, Country country, PartnershipFilter? filter, DateOnly today)
    {
        filter ??= PartnershipFilter.Any;
        return filter.CountryIsos is { Count: > 0 } isos && !isos.Contains(country.Id, StringComparer.OrdinalIgnoreCase)
            ? []
            : Find(graph, filter with { CountryIsos = [country.Id] }, today);
    }

    /// <summary>Whether a partnership is on a route: with one of its countries, or targeting it.</summary>
    internal static bool IsOnRoute(AnalyticsContext context, Partnership partnership, string routeId) =>
        context.Targets(partnership, routeId)
        || context.Graph.PartnerCountriesOf(partnership).Any(c => context.Graph.RoutesOf(c).Any(r => r.Route.Id == routeId));

    /// <summary>Every partnership on a route (each once).</summary>
    internal static IEnumerable<Partnership> OnRoute(AnalyticsContext context, string routeId) =>
        context.Graph.RouteMembers(routeId)
            .SelectMany(m => context.Graph.PartnershipsWith(m.Country))
            .Union(context.Targeting(routeId), ById<Partnership>.Instance);

    /// <summary>
    /// The one order partnerships are listed in: by the first day of their signing (or launch),
    /// the more precise date first when two start alike, unknown dates last, then by id.
    /// </summary>
    public static ImmutableArray<Partnership> InSigningOrder(PolicyGraph graph, IEnumerable<Partnership> partnerships) =>
    [
        .. partnerships
            .Select(p => (Partnership: p, Signed: graph.LifecycleOf(p).Signed))
            .OrderBy(x => x.Signed is null)
            .ThenBy(x => x.Signed)
            .ThenBy(x => x.Partnership.Id, StringComparer.Ordinal)
            .Select(x => x.Partnership),
    ];

    /// <summary>
    /// Narrows the partnerships to look at with the graph's indexes (a route's or a country's
    /// partnerships) so a selective filter touches only that part of the graph.
    /// </summary>
    static IEnumerable<Partnership> Candidates(AnalyticsContext context, PartnershipFilter filter)
    {
        var graph = context.Graph;
        if (filter.CountryIsos is { Count: > 0 } isos)
        {
            return isos
                .Select(graph.Country)
                .OfType<Country>()
                .SelectMany(c => graph.PartnershipsWith(c))
                .Distinct(ById<Partnership>.Instance);
        }

        if (filter.RouteIds is { Count: > 0 } routeIds)
            return routeIds.Distinct(StringComparer.Ordinal).SelectMany(r => OnRoute(context, r)).Distinct(ById<Partnership>.Instance);

        return graph.Partnerships;
    }

    /// <summary>A filter's criteria, prepared once per request (folded text, country set, the day statuses are read on).</summary>
    sealed class Criteria(AnalyticsContext context, PartnershipFilter filter, DateOnly today, bool ignoreRoutes)
    {
        readonly string _text = TextFold.Fold(filter.Text);
        readonly DateOnly _statusDay = filter.ActiveOn ?? today;
        readonly HashSet<string>? _isos = filter.CountryIsos is { Count: > 0 } isos
            ? isos.Select(i => i.Trim().ToUpperInvariant()).ToHashSet(StringComparer.Ordinal)
            : null;

        // Loops rather than lambdas: Hold runs once per candidate and a closure over it would be allocated each time.
        public bool Hold(Partnership p) =>
            OnRoutes(p)
            && WithCountries(p)
            && (filter.Sectors is not { Count: > 0 } sectors || context.CoversAny(p, sectors))
            && (filter.Kinds is not { Count: > 0 } kinds || kinds.Contains(p.Kind))
            && InStatus(p)
            && SignedInWindow(p)
            && HasText(p);

        bool InStatus(Partnership p)
        {
            if (filter.ActiveOn is null && filter.Statuses is not { Count: > 0 })
                return true;
            var status = context.Graph.LifecycleOf(p).StatusOn(_statusDay).Status;
            return (filter.ActiveOn is null || status == PartnershipStatus.ACTIVE)
                && (filter.Statuses is not { Count: > 0 } statuses || statuses.Contains(status));
        }

        bool OnRoutes(Partnership p)
        {
            if (ignoreRoutes || filter.RouteIds is not { Count: > 0 } routes)
                return true;
            foreach (var route in routes)
            {
                if (IsOnRoute(context, p, route))
                    return true;
            }

            return false;
        }

        bool WithCountries(Partnership p)
        {
            if (_isos is null)
                return true;
            foreach (var country in context.Graph.PartnerCountriesOf(p))
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
            foreach (var text in context.FoldedTexts(p))
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
            return context.Graph.LifecycleOf(p).Signed is { } signed && signed.Overlaps(filter.SignedFrom, filter.SignedTo);
        }
    }
}
