using System.Collections.Immutable;
using RouteGraph.Core.Model;

namespace RouteGraph.Core.Graph;

/// <summary>
/// A country's place on a route, the one type for it seen from either end: every role it plays
/// there (ON_ROUTE, one relationship per role), the notes on them and the documents they come from.
/// </summary>
public sealed record RouteMembership(
    Country Country,
    Route Route,
    ImmutableArray<RouteRole> Roles,
    ImmutableArray<string> Notes,
    ImmutableArray<Document> Sources);
