using System.Collections.Immutable;
using RouteGraph.Core.Model;

namespace RouteGraph.Core.Analytics;

/// <summary>One hop of a path, from one country to the next, with every route whose legs make it (by route id).</summary>
public sealed record PathHop(Country From, Country To, ImmutableArray<PathLeg> Legs)
{
    public IEnumerable<Route> Routes => Legs.Select(l => l.Route);
}
