using System.Collections.Frozen;
using System.Collections.Immutable;
using RouteGraph.Core.Graph;
using RouteGraph.Core.Model;

namespace RouteGraph.Core.Analytics;

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
