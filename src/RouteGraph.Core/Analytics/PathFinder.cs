using System.Collections.Immutable;
using RouteGraph.Core.Graph;
using RouteGraph.Core.Model;

namespace RouteGraph.Core.Analytics;

/// <summary>
/// Movement paths between two countries over LEG relationships: simple (no country twice), each
/// distinct sequence of countries once, each hop with the routes whose legs make it.
/// </summary>
public static class PathFinder
{
    public const int MaxHopsLimit = 10;

    /// <summary>Simple movement paths over LEG relationships, shortest first, at most <paramref name="limit"/>.</summary>
    /// <remarks>
    /// Paths of equal length are ordered by their sequence of country ids. The search is bounded by <paramref name="maxHops"/> and pruned by hop distance to
    /// the destination, so it touches only the part of the network that can reach it in time.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">maxHops outside 1..10, or limit below 1.</exception>
    public static ImmutableArray<RoutePath> Find(PolicyGraph graph, string fromIso, string toIso, int maxHops = 6, int limit = 100)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxHops, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxHops, MaxHopsLimit);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);

        if (graph.Country(fromIso ?? "") is not { } from || graph.Country(toIso ?? "") is not { } to || ReferenceEquals(from, to))
            return [];

        var legs = AnalyticsContext.Of(graph).Legs;
        var distanceToTarget = DistancesTo(legs, to, maxHops);
        if (!distanceToTarget.TryGetValue(from.Id, out var shortest))
            return [];

        var search = new Search(legs, to, distanceToTarget, limit);
        for (var length = shortest; length <= maxHops && !search.Full; length++)
            search.Run(from, length);
        return search.Paths.ToImmutable();
    }

    /// <summary>Hop distance from every country that can reach the destination within the budget (reverse BFS).</summary>
    static Dictionary<string, int> DistancesTo(LegNetwork legs, Country to, int maxHops)
    {
        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [to.Id] = 0 };
        var frontier = new Queue<Country>([to]);
        while (frontier.TryDequeue(out var country))
        {
            var next = distance[country.Id] + 1;
            if (next > maxHops)
                continue;
            foreach (var previous in legs.Into(country))
            {
                if (distance.TryAdd(previous.Id, next))
                    frontier.Enqueue(previous);
            }
        }

        return distance;
    }

    /// <summary>Depth-first enumeration of simple paths of one exact length, in country-id order.</summary>
    sealed class Search(LegNetwork legs, Country to, Dictionary<string, int> distanceToTarget, int limit)
    {
        readonly HashSet<string> _onPath = new(StringComparer.Ordinal);
        readonly List<LegGroup> _groups = [];
        Country _start = null!;

        public ImmutableArray<RoutePath>.Builder Paths { get; } = ImmutableArray.CreateBuilder<RoutePath>();

        public bool Full => Paths.Count >= limit;

        public void Run(Country from, int length)
        {
            _start = from;
            _onPath.Clear();
            _onPath.Add(from.Id);
            Walk(from, length);
        }

        void Walk(Country at, int hopsLeft)
        {
            if (hopsLeft == 0)
            {
                if (ReferenceEquals(at, to))
                    Emit();
                return;
            }

            foreach (var group in legs.From(at))
            {
                if (Full)
                    return;
                var next = group.To;
                // Prune what cannot reach the destination in the hops left, and never pass through it.
                if (_onPath.Contains(next.Id)
                    || !distanceToTarget.TryGetValue(next.Id, out var distance) || distance > hopsLeft - 1
                    || (ReferenceEquals(next, to) && hopsLeft != 1))
                {
                    continue;
                }

                _onPath.Add(next.Id);
                _groups.Add(group);
                Walk(next, hopsLeft - 1);
                _groups.RemoveAt(_groups.Count - 1);
                _onPath.Remove(next.Id);
            }
        }

        /// <summary>One country sequence is one path; parallel legs of several routes are the hop's legs.</summary>
        void Emit()
        {
            var hops = ImmutableArray.CreateBuilder<PathHop>(_groups.Count);
            var from = _start;
            foreach (var group in _groups)
            {
                hops.Add(new PathHop(from, group.To, [.. group.Via.Select(v => new PathLeg(v.Route, v.Mode))]));
                from = group.To;
            }

            Paths.Add(new RoutePath(hops.MoveToImmutable()));
        }
    }
}
