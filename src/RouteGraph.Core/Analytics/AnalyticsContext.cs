using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using RouteGraph.Core.Graph;
using RouteGraph.Core.Model;

// The benchmarks measure uncached computations too.
[assembly: InternalsVisibleTo("RouteGraph.Benchmarks")]

namespace RouteGraph.Core.Analytics;

/// <summary>
/// Everything the analytics derive from one <see cref="PolicyGraph"/> snapshot, in one place:
/// sector masks, route targets, the movement network, folded texts, the search index and the
/// key-country rankings. One context per snapshot, dropped with it (a ConditionalWeakTable keeps
/// it from outliving the graph it describes); each part is built on first use, once.
/// <see cref="Prepare"/> builds them all ahead, so the first request after a reload pays nothing.
/// </summary>
internal sealed class AnalyticsContext
{
    /// <summary>How many route sets one graph keeps ranked; beyond that rankings are computed and not kept, so odd requests cannot fill memory.</summary>
    const int RankedRouteSets = 256;

    static readonly ConditionalWeakTable<PolicyGraph, AnalyticsContext> Contexts = [];

    readonly Lazy<FrozenDictionary<string, int>> _sectorMasks;
    readonly Lazy<FrozenDictionary<string, ImmutableArray<Partnership>>> _targeting;
    readonly Lazy<FrozenDictionary<string, FrozenSet<string>>> _targetedRoutes;
    readonly Lazy<FrozenDictionary<string, ImmutableArray<Partnership>>> _partnershipsWith;
    readonly Lazy<LegNetwork> _legs;
    readonly Lazy<FrozenDictionary<string, ImmutableArray<string>>> _partnershipTexts;
    readonly Lazy<SearchIndex> _search;
    readonly ConcurrentDictionary<string, ImmutableArray<CountryRank>> _rankings = new(StringComparer.Ordinal);

    AnalyticsContext(PolicyGraph graph)
    {
        Graph = graph;
        _sectorMasks = new(BuildSectorMasks);
        _targeting = new(() => graph.Routes.ToFrozenDictionary(
            r => r.Id,
            r => PartnershipQueries.InSigningOrder(graph, graph.Sources<Partnership>(r.Id, RelationType.TARGETS)),
            StringComparer.Ordinal));
        _targetedRoutes = new(() => graph.Partnerships.ToFrozenDictionary(
            p => p.Id,
            p => graph.Out(p.Id, RelationType.TARGETS).Select(r => r.ToId).ToFrozenSet(StringComparer.Ordinal),
            StringComparer.Ordinal));
        _partnershipsWith = new(() => graph.Countries.ToFrozenDictionary(
            c => c.Id,
            c => PartnershipQueries.InSigningOrder(graph, graph.PartnershipsWith(c)),
            StringComparer.Ordinal));
        _legs = new(() => new LegNetwork(graph));
        _partnershipTexts = new(() => graph.Partnerships.ToFrozenDictionary(
            p => p.Id,
            p => p.SearchTexts.Append(p.Summary).Select(TextFold.Fold).Where(t => t.Length > 0).Distinct().ToImmutableArray(),
            StringComparer.Ordinal));
        _search = new(() => new SearchIndex(graph));
    }

    public static AnalyticsContext Of(PolicyGraph graph) => Contexts.GetValue(graph, g => new AnalyticsContext(g));

    /// <summary>Builds every part now (after a load, before the snapshot is served).</summary>
    public static void Prepare(PolicyGraph graph)
    {
        var context = Of(graph);
        _ = context._sectorMasks.Value;
        _ = context._targeting.Value;
        _ = context._targetedRoutes.Value;
        _ = context._partnershipsWith.Value;
        _ = context._legs.Value;
        _ = context._partnershipTexts.Value;
        _ = context._search.Value;
    }

    public PolicyGraph Graph { get; }

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

    /// <summary>The partnerships a country is a partner of (directly or through its region), in signing order.</summary>
    public ImmutableArray<Partnership> PartnershipsWith(Country country) => _partnershipsWith.Value.GetValueOrDefault(country.Id, []);

    public bool Targets(Partnership partnership, string routeId) =>
        _targetedRoutes.Value.TryGetValue(partnership.Id, out var routes) && routes.Contains(routeId);

    public LegNetwork Legs => _legs.Value;

    /// <summary>A partnership's titles, aliases and summary, folded for text filtering.</summary>
    public ImmutableArray<string> FoldedTexts(Partnership partnership) =>
        _partnershipTexts.Value.GetValueOrDefault(partnership.Id, []);

    public SearchIndex Search => _search.Value;

    /// <summary>The full key-country ranking of a route set, computed once per set (up to a bound).</summary>
    public ImmutableArray<CountryRank> Ranking(ImmutableArray<string> routeSet, Func<ImmutableArray<CountryRank>> compute)
    {
        var key = string.Join('\u001f', routeSet);
        if (_rankings.TryGetValue(key, out var ranked))
            return ranked;
        ranked = compute();
        if (_rankings.Count < RankedRouteSets)
            _rankings.TryAdd(key, ranked);
        return ranked;
    }

    FrozenDictionary<string, int> BuildSectorMasks() =>
        Graph.Relations
            .Where(r => r.Type == RelationType.COVERS && Graph.Node(r.ToId) is KeySector)
            .GroupBy(r => r.FromId, StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.Aggregate(0, (mask, r) => mask | 1 << (int)((KeySector)Graph.Node(r.ToId)!).Code),
                StringComparer.Ordinal);
}
