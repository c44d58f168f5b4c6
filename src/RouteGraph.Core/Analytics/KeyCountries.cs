using System.Collections.Immutable;
using RouteGraph.Core.Graph;
using RouteGraph.Core.Model;

namespace RouteGraph.Core.Analytics;

/// <summary>
/// The countries movement along the chosen routes depends on most: betweenness centrality
/// (Brandes) on the directed LEG network, i.e. how many shortest country-to-country paths pass
/// through each country.
/// </summary>
public static class KeyCountries
{
    /// <summary>
    /// Third countries by betweenness over the LEG network of the chosen routes (all when none
    /// given); EU member states too when <paramref name="includeEuMembers"/>. Member states always
    /// carry paths through the network: leaving them out of the list does not change the others' scores.
    /// </summary>
    /// <remarks>
    /// Betweenness is unnormalised and counts ordered pairs (a chain A→B→C gives B exactly 1).
    /// Parallel legs between the same two countries are one connection. Ties are ranked by number
    /// of routes (more first), then by name. Unknown route ids match no leg. Ranks are 1, 2, 3...
    /// among the countries listed.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">limit below 1.</exception>
    public static ImmutableArray<CountryRank> Rank(PolicyGraph graph, IReadOnlyCollection<string>? routeIds, int limit = 10, bool includeEuMembers = false)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);

        ImmutableArray<string> routeSet = routeIds is { Count: > 0 }
            ? [.. routeIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]
            : [];
        var ranked = AnalyticsContext.Of(graph).Ranking(routeSet, () => Compute(graph, routeSet));
        return
        [
            .. ranked
                .Where(r => includeEuMembers || !r.Country.EuMember)
                .Take(limit)
                .Select((r, position) => r with { Rank = position + 1 }),
        ];
    }

    /// <summary>The full ranking of one route set, not cached (the benchmarks measure it cold).</summary>
    internal static ImmutableArray<CountryRank> Compute(PolicyGraph graph, ImmutableArray<string> routeSet)
    {
        var index = AnalyticsContext.Of(graph);
        var chosen = routeSet.ToHashSet(StringComparer.Ordinal);
        var legs = index.Legs.Legs.Where(l => chosen.Count == 0 || chosen.Contains(l.Via.Route.Id)).ToList();

        // Countries of the restricted network, numbered in id order, and their distinct successors.
        var countries = legs.SelectMany(l => new[] { l.From, l.To })
            .Distinct(ById<Country>.Instance)
            .OrderBy(c => c.Id, StringComparer.Ordinal)
            .ToArray();
        var number = countries.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var successors = countries.Select(_ => new SortedSet<int>()).ToArray();
        foreach (var leg in legs)
            successors[number[leg.From.Id]].Add(number[leg.To.Id]);

        var betweenness = Brandes([.. successors.Select(s => s.ToArray())]);
        var sectors = RouteCoverageAnalysis.SectorsInRankOrder(graph);

        return
        [
            .. countries
                .Select((country, i) =>
                {
                    var routes = graph.RoutesOf(country)
                        .Where(r => chosen.Count == 0 || chosen.Contains(r.Route.Id))
                        .Select(r => r.Route)
                        .ToImmutableArray();
                    // Rounded so sums of equal fractions taken in a different order still tie exactly.
                    return (Country: country, Betweenness: Math.Round(betweenness[i], 9), Routes: routes);
                })
                .OrderByDescending(x => x.Betweenness)
                .ThenByDescending(x => x.Routes.Length)
                .ThenBy(x => x.Country.Name, StringComparer.Ordinal)
                .ThenBy(x => x.Country.Id, StringComparer.Ordinal)
                .Select((x, position) => new CountryRank(
                    position + 1,
                    x.Country,
                    x.Betweenness,
                    x.Routes,
                    sectors.ToImmutableDictionary(
                        s => s,
                        s => graph.PartnershipsWith(x.Country).Count(p => index.Covers(p, s))))),
        ];
    }

    /// <summary>
    /// Brandes (2001) for unweighted directed graphs: one BFS per source counting shortest paths,
    /// then dependencies accumulated in reverse BFS order. O(V·E) time, O(V+E) memory.
    /// </summary>
    internal static double[] Brandes(int[][] successors)
    {
        var n = successors.Length;
        var centrality = new double[n];
        var pathCount = new double[n];
        var distance = new int[n];
        var dependency = new double[n];
        var predecessors = new List<int>[n];
        for (var v = 0; v < n; v++)
            predecessors[v] = [];
        var order = new Stack<int>(n);
        var queue = new Queue<int>(n);

        for (var source = 0; source < n; source++)
        {
            for (var v = 0; v < n; v++)
            {
                predecessors[v].Clear();
                pathCount[v] = 0;
                distance[v] = -1;
                dependency[v] = 0;
            }

            pathCount[source] = 1;
            distance[source] = 0;
            queue.Enqueue(source);
            while (queue.TryDequeue(out var v))
            {
                order.Push(v);
                foreach (var w in successors[v])
                {
                    if (distance[w] < 0)
                    {
                        distance[w] = distance[v] + 1;
                        queue.Enqueue(w);
                    }

                    if (distance[w] == distance[v] + 1)
                    {
                        pathCount[w] += pathCount[v];
                        predecessors[w].Add(v);
                    }
                }
            }

            while (order.TryPop(out var w))
            {
                foreach (var v in predecessors[w])
                    dependency[v] += pathCount[v] / pathCount[w] * (1 + dependency[w]);
                if (w != source)
                    centrality[w] += dependency[w];
            }
        }

        return centrality;
    }
}
