using RouteGraph.Core.Graph;
using RouteGraph.Core.Model;

namespace RouteGraph.Core.Analytics;

/// <summary>The subgraph a front end draws for a set of routes: routes, their countries and legs, the partnerships there.</summary>
public static class GraphViews
{
    /// <summary>
    /// The view of the chosen routes (all routes when none are given; unknown ids are ignored):
    /// the routes; their countries (ON_ROUTE, or at either end of one of their LEGs) with centroids;
    /// ON_ROUTE and LEG edges; the partnerships covering those countries or targeting those routes
    /// with their TARGETS, COVERS and WITH_PARTNER edges; the sectors they cover; the regions of the
    /// countries (IN_REGION) and the regions named as partners. Every edge joins two nodes of the
    /// view: a WITH_PARTNER edge to a country off the chosen routes is left out, as is that country.
    /// Nodes are ordered by label then id, edges by type, source, target, route, role.
    /// </summary>
    public static GraphView For(PolicyGraph graph, IReadOnlyCollection<string>? routeIds)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var index = AnalyticsContext.Of(graph);
        var routes = routeIds is { Count: > 0 }
            ? [.. routeIds.Distinct(StringComparer.Ordinal).Select(graph.Node<Route>).OfType<Route>()]
            : graph.Routes.ToList();
        var routeIdSet = routes.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

        var nodes = new Dictionary<string, PolicyNode>(StringComparer.Ordinal);
        var edges = new HashSet<GraphViewEdge>();

        foreach (var route in routes)
        {
            nodes.TryAdd(route.Id, route);
            foreach (var member in graph.RouteMembers(route.Id))
            {
                nodes.TryAdd(member.Country.Id, member.Country);
                foreach (var role in member.Roles)
                    edges.Add(new(member.Country.Id, route.Id, RelationType.ON_ROUTE, null, role));
            }
        }

        foreach (var (from, to, via) in index.Legs.Legs)
        {
            if (!routeIdSet.Contains(via.Route.Id))
                continue;
            nodes.TryAdd(from.Id, from);
            nodes.TryAdd(to.Id, to);
            edges.Add(new(from.Id, to.Id, RelationType.LEG, via.Route.Id, null));
        }

        var countries = nodes.Values.OfType<Country>().ToList();
        var partnerships = countries
            .SelectMany(c => graph.PartnershipsWith(c))
            .Concat(routes.SelectMany(r => index.Targeting(r.Id)))
            .Distinct(ById<Partnership>.Instance)
            .ToList();

        foreach (var country in countries)
        {
            foreach (var region in graph.Targets<Region>(country.Id, RelationType.IN_REGION))
            {
                nodes.TryAdd(region.Id, region);
                edges.Add(new(country.Id, region.Id, RelationType.IN_REGION, null, null));
            }
        }

        foreach (var partnership in partnerships)
        {
            nodes.TryAdd(partnership.Id, partnership);
            foreach (var relation in graph.Outgoing(partnership.Id))
            {
                var target = graph.Node(relation.ToId);
                switch (relation.Type, target)
                {
                    case (RelationType.TARGETS, Route) when routeIdSet.Contains(relation.ToId):
                        edges.Add(new(partnership.Id, relation.ToId, RelationType.TARGETS, null, null));
                        break;
                    case (RelationType.COVERS, KeySector sector):
                        nodes.TryAdd(sector.Id, sector);
                        edges.Add(new(partnership.Id, sector.Id, RelationType.COVERS, null, null));
                        break;
                    case (RelationType.WITH_PARTNER, Region region):
                        nodes.TryAdd(region.Id, region);
                        edges.Add(new(partnership.Id, region.Id, RelationType.WITH_PARTNER, null, null));
                        break;
                    case (RelationType.WITH_PARTNER, Country country) when nodes.ContainsKey(country.Id):
                        edges.Add(new(partnership.Id, country.Id, RelationType.WITH_PARTNER, null, null));
                        break;
                }
            }
        }

        return new GraphView(
            [
                .. nodes.Values
                    .OrderBy(n => n.Label)
                    .ThenBy(n => n.Id, StringComparer.Ordinal)
                    .Select(n => n is Country { Centroid: { } at }
                        ? new GraphViewNode(n.Id, n.Label, n.DisplayName, at.Lat, at.Lon)
                        : new GraphViewNode(n.Id, n.Label, n.DisplayName, null, null)),
            ],
            [
                .. edges
                    .OrderBy(e => e.Type)
                    .ThenBy(e => e.Source, StringComparer.Ordinal)
                    .ThenBy(e => e.Target, StringComparer.Ordinal)
                    .ThenBy(e => e.RouteId, StringComparer.Ordinal)
                    .ThenBy(e => e.Role),
            ]);
    }
}
