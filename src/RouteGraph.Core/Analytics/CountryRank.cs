using System.Collections.Immutable;
using RouteGraph.Core.Model;

namespace RouteGraph.Core.Analytics;

public sealed record CountryRank(
    int Rank,
    Country Country,
    double Betweenness,
    ImmutableArray<Route> Routes,
    ImmutableDictionary<Sector, int> PartnershipsBySector);
