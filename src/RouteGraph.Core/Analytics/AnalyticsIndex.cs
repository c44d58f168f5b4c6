using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using RouteGraph.Core.Graph;
using RouteGraph.Core.Model;

// The benchmarks measure uncached computations too.
[assembly: InternalsVisibleTo("RouteGraph.Benchmarks")]

namespace RouteGraph.Core.Analytics;

/// <summary>One LEG as the path and centrality analytics read it: the route it belongs to and how it is travelled.</summary>
internal readonly record struct LegVia(Route Route, RouteMode Mode);

/// <summary>Every LEG from one country to one neighbour, parallel legs (one per route) ordered by route id.</summary>
internal sealed record LegGroup(Country To, ImmutableArray<LegVia> Via);

/// <summary>
/// Indexes only the analytics need, built lazily once per <see cref="PolicyGraph"/> instance and
/// dropped with it (a ConditionalWeakTable keeps them from outliving the graph they describe).
/// Each part is built on first use, so a request pays only for the indexes it reads, once.
/// </summary>
internal sealed class AnalyticsIndex
{
    static readonly ConditionalWeakTable<PolicyGraph, AnalyticsIndex> Cache = [];

    readonly PolicyGraph _graph;
    readonly Lazy<FrozenDictionary<string, int>> _sectorMasks;
    readonly Lazy<FrozenDictionary<string, ImmutableArray<Partnership>>> _targeting;
    readonly Lazy<FrozenDictionary<string, FrozenSet<string>>> _targetedRoutes;
    readonly Lazy<LegNetwork> _legs;
    readonly Lazy<FrozenDictionary<string, ImmutableArray<string>>> _partnershipTexts;

    AnalyticsIndex(PolicyGraph graph)
    {
        _graph = graph;
        _sectorMasks = new(BuildSectorMasks);
        _targeting = new(() => graph.Routes.ToFrozenDictionary(
            r => r.Id,
            r => PartnershipQueries.InSigningOrder(graph.Sources<Partnership>(r.Id, RelationType.TARGETS)),
            StringComparer.Ordinal));
        _targetedRoutes = new(() => graph.Partnerships.ToFrozenDictionary(
            p => p.Id,
            p => graph.Out(p.Id, RelationType.TARGETS).Select(r => r.ToId).ToFrozenSet(StringComparer.Ordinal),
            StringComparer.Ordinal));
        _legs = new(() => new LegNetwork(graph));
        _partnershipTexts = new(() => graph.Partnerships.ToFrozenDictionary(
            p => p.Id,
            p => p.SearchTexts.Append(p.Summary).Select(TextFold.Fold).Where(t => t.Length > 0).Distinct().ToImmutableArray(),
            StringComparer.Ordinal));
    }

    public static AnalyticsIndex Of(PolicyGraph graph) => Cache.GetValue(graph, g => new AnalyticsIndex(g));

    public PolicyGraph Graph => _graph;

    /// <summary>Whether a partnership (or programme) COVERS a sector.</summary>
    public bool Covers(PolicyNode node, Sector sector) =>
        (_sectorMasks.Value.GetValueOrDefault(node.Id) & (1 << (int)sector)) != 0;

    public bool CoversAny(PolicyNode node, IReadOnlyCollection<Sector> sectors)
    {
        var mask = _sectorMasks.Value.GetValueOrDefault(node.Id);
        foreach (var sector in sectors)
        {
            if ((mask & (1 << (int)sector)) != 0)
                return true;
        }

        return false;
    }

    /// <summary>The partnerships that TARGET a route, in signing order.</summary>
    public ImmutableArray<Partnership> Targeting(string routeId) => _targeting.Value.GetValueOrDefault(routeId, []);

    public bool Targets(Partnership partnership, string routeId) =>
        _targetedRoutes.Value.TryGetValue(partnership.Id, out var routes) && routes.Contains(routeId);

    public LegNetwork Legs => _legs.Value;

    /// <summary>A partnership's titles, aliases and summary, folded for text filtering.</summary>
    public ImmutableArray<string> FoldedTexts(Partnership partnership) =>
        _partnershipTexts.Value.GetValueOrDefault(partnership.Id, []);

    FrozenDictionary<string, int> BuildSectorMasks() =>
        _graph.Relations
            .Where(r => r.Type == RelationType.COVERS && _graph.Node(r.ToId) is KeySector)
            .GroupBy(r => r.FromId, StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.Aggregate(0, (mask, r) => mask | 1 << (int)((KeySector)_graph.Node(r.ToId)!).Code),
                StringComparer.Ordinal);
}

/// <summary>
/// The directed movement network: LEG relationships grouped by (from, to), neighbours ordered by
/// country id so every walk over it is deterministic.
/// </summary>
internal sealed class LegNetwork
{
    readonly FrozenDictionary<string, ImmutableArray<LegGroup>> _out;
    readonly FrozenDictionary<string, ImmutableArray<Country>> _in;

    public LegNetwork(PolicyGraph graph)
    {
        // A LEG naming no known route cannot be shown as a hop; the assembler rejects those anyway.
        var legs = graph.Relations
            .Where(r => r.Type == RelationType.LEG && r.FromId != r.ToId)
            .Select(r => (Relation: r, Route: r.RouteId is null ? null : graph.Node<Route>(r.RouteId)))
            .Where(x => x.Route is not null && graph.Node(x.Relation.FromId) is Country && graph.Node(x.Relation.ToId) is Country)
            .Select(x => (From: (Country)graph.Node(x.Relation.FromId)!, To: (Country)graph.Node(x.Relation.ToId)!,
                Via: new LegVia(x.Route!, x.Relation.Mode ?? x.Route!.Mode)))
            .ToList();

        Legs = [.. legs
            .Select(l => (l.From, l.To, l.Via))
            .Distinct()
            .OrderBy(l => l.From.Id, StringComparer.Ordinal)
            .ThenBy(l => l.To.Id, StringComparer.Ordinal)
            .ThenBy(l => l.Via.Route.Id, StringComparer.Ordinal)
            .ThenBy(l => l.Via.Mode)];

        _out = Legs
            .GroupBy(l => l.From.Id, StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.GroupBy(l => l.To)
                    .Select(t => new LegGroup(t.Key, [.. t.Select(l => l.Via)]))
                    .OrderBy(t => t.To.Id, StringComparer.Ordinal)
                    .ToImmutableArray(),
                StringComparer.Ordinal);
        _in = Legs
            .GroupBy(l => l.To.Id, StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.Select(l => l.From).Distinct().OrderBy(c => c.Id, StringComparer.Ordinal).ToImmutableArray(),
                StringComparer.Ordinal);
    }

    /// <summary>Every distinct leg, ordered by from, to, route, mode.</summary>
    public ImmutableArray<(Country From, Country To, LegVia Via)> Legs { get; }

    public ImmutableArray<LegGroup> From(Country country) => _out.GetValueOrDefault(country.Id, []);

    public ImmutableArray<Country> Into(Country country) => _in.GetValueOrDefault(country.Id, []);
}

/// <summary>Nodes compared by id: one id is one node in a graph, so there is no need to compare every property.</summary>
internal sealed class ById<T> : IEqualityComparer<T> where T : PolicyNode
{
    public static ById<T> Instance { get; } = new();

    public bool Equals(T? x, T? y) => ReferenceEquals(x, y) || (x is not null && y is not null && x.Id == y.Id);

    public int GetHashCode(T obj) => StringComparer.Ordinal.GetHashCode(obj.Id);
}
