using System.Collections.Immutable;
using RouteGraph.Core.Model;

namespace RouteGraph.Core.Analytics;

/// <summary>A distinct sequence of countries linked by legs; each hop lists the routes whose legs make it.</summary>
public sealed record RoutePath(ImmutableArray<PathHop> Hops)
{
    public int HopCount => Hops.Length;

    public IEnumerable<Country> Countries => Hops.IsEmpty ? [] : [Hops[0].From, .. Hops.Select(h => h.To)];

    /// <summary>Every route some hop of the path is on, in the order the path first uses them.</summary>
    public IEnumerable<Route> Routes => Hops.SelectMany(h => h.Routes).Distinct(ById<Route>.Instance);
}
