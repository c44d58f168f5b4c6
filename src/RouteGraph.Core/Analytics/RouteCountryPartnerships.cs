using System.Collections.Immutable;
using RouteGraph.Core.Model;

namespace RouteGraph.Core.Analytics;

/// <summary>A country on a route, its roles there, and the partnerships it is a partner of.</summary>
public sealed record RouteCountryPartnerships(Country Country, ImmutableArray<RouteRole> Roles, ImmutableArray<Partnership> Partnerships);
