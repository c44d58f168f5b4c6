using System.Collections.Immutable;
using RouteGraph.Core.Model;

namespace RouteGraph.Core.Analytics;

/// <summary>Every LEG from one country to one neighbour, parallel legs (one per route) ordered by route id.</summary>
internal sealed record LegGroup(Country To, ImmutableArray<LegVia> Via);
