using System.Collections.Frozen;
using System.Collections.Immutable;
using RouteGraph.Core.Model;

namespace RouteGraph.Core.Graph;

/// <summary>
/// The immutable snapshot of the migration-policy graph (the "RouteGraph" of the design brief;
/// named PolicyGraph so it does not clash with the RouteGraph namespace). Nodes by id, adjacency
/// in both directions and the secondary indexes the analytics need are all built once, here.
/// A new graph version is a new instance, swapped atomically by whoever holds it.
/// </summary>
public sealed class PolicyGraph
{
    readonly FrozenDictionary<string, PolicyNode> _nodes;
    readonly FrozenDictionary<string, ImmutableArray<PolicyRelation>> _outgoing;
    readonly FrozenDictionary<string, ImmutableArray<PolicyRelation>> _incoming;
    readonly FrozenDictionary<string, ImmutableArray<RouteMembership>> _routeMembers;
    readonly FrozenDictionary<string, ImmutableArray<RouteMembership>> _countryRoutes;
    readonly FrozenDictionary<string, ImmutableArray<Country>> _partnershipCountries;
    readonly FrozenDictionary<string, ImmutableArray<Partnership>> _countryPartnerships;
    readonly FrozenDictionary<string, ImmutableArray<Country>> _regionMembers;
    readonly FrozenDictionary<string, ImmutableArray<SourceRef>> _sources;
    readonly FrozenDictionary<Sector, KeySector> _sectorsByCode;
    readonly FrozenDictionary<string, Lifecycle> _lifecycles;

    PolicyGraph(string version, IReadOnlyList<PolicyNode> nodes, IReadOnlyList<PolicyRelation> relations)
    {
        Version = version;
        _nodes = nodes.ToFrozenDictionary(n => n.Id, StringComparer.Ordinal);
        foreach (var r in relations)
        {
            if (!_nodes.ContainsKey(r.FromId) || !_nodes.ContainsKey(r.ToId))
                throw new ArgumentException($"{r.Type} {r.FromId}->{r.ToId} names a node the graph does not hold.");
        }

        Relations = [.. relations];
        _outgoing = Group(relations, r => r.FromId);
        _incoming = Group(relations, r => r.ToId);

        Countries = Sorted<Country>(nodes, c => c.Name);
        Regions = Sorted<Region>(nodes, r => r.Name);
        Routes = Sorted<Route>(nodes, r => r.Name);
        Partnerships = Sorted<Partnership>(nodes, p => p.Id);
        Sectors = [.. nodes.OfType<KeySector>().OrderBy(s => s.Rank)];
        PolicyAreas = Sorted<PolicyArea>(nodes, p => p.Name);
        Programmes = Sorted<Programme>(nodes, p => p.Name);
        Organisations = Sorted<Organisation>(nodes, o => o.Name);
        Commitments = Sorted<Commitment>(nodes, c => c.Id);
        Indicators = Sorted<Indicator>(nodes, i => i.Id);
        LifecycleEvents = Sorted<LifecycleEvent>(nodes, e => e.Id);
        Documents = Sorted<Document>(nodes, d => d.Id);
        _sectorsByCode = Sectors.ToFrozenDictionary(s => s.Code);

        var memberships = Memberships();
        _routeMembers = Routes.ToFrozenDictionary(
            r => r.Id,
            r => memberships.Where(m => ReferenceEquals(m.Route, r)).OrderBy(m => m.Country.Name, StringComparer.Ordinal).ToImmutableArray());
        _countryRoutes = Countries.ToFrozenDictionary(
            c => c.Id,
            c => memberships.Where(m => ReferenceEquals(m.Country, c)).OrderBy(m => m.Route.Name, StringComparer.Ordinal).ToImmutableArray());
        _regionMembers = Regions.ToFrozenDictionary(r => r.Id, r => Sources<Country>(r.Id, RelationType.IN_REGION));
        _partnershipCountries = Partnerships.ToFrozenDictionary(p => p.Id, p => PartnerCountries(p.Id));
        _countryPartnerships = Countries.ToFrozenDictionary(
            c => c.Id,
            c => Partnerships.Where(p => _partnershipCountries[p.Id].Contains(c)).ToImmutableArray());
        _lifecycles = Partnerships.Cast<PolicyNode>().Concat(Programmes)
            .ToFrozenDictionary(n => n.Id, n => new Lifecycle(Targets<LifecycleEvent>(n.Id, RelationType.HAS_EVENT)), StringComparer.Ordinal);
        _sources = _nodes.Keys.ToFrozenDictionary(id => id, id => Out(id, RelationType.SOURCED_FROM)
            .Select(r => new SourceRef((Document)_nodes[r.ToId], r.Quote))
            .OrderBy(s => s.Document.Id, StringComparer.Ordinal)
            .ToImmutableArray());
    }

    /// <summary>Builds a graph from nodes and relations already checked (see <see cref="PolicyGraphAssembler"/>).</summary>
    public static PolicyGraph Create(string version, IEnumerable<PolicyNode> nodes, IEnumerable<PolicyRelation> relations) =>
        new(version, [.. nodes], [.. relations]);

    /// <summary>The content hash of the data this graph was built from.</summary>
    public string Version { get; }

    public ImmutableArray<PolicyRelation> Relations { get; }
    public IEnumerable<PolicyNode> Nodes => _nodes.Values;
    public ImmutableArray<Country> Countries { get; }
    public ImmutableArray<Region> Regions { get; }
    public ImmutableArray<Route> Routes { get; }
    public ImmutableArray<Partnership> Partnerships { get; }
    public ImmutableArray<KeySector> Sectors { get; }
    public ImmutableArray<PolicyArea> PolicyAreas { get; }
    public ImmutableArray<Programme> Programmes { get; }
    public ImmutableArray<Organisation> Organisations { get; }
    public ImmutableArray<Commitment> Commitments { get; }
    public ImmutableArray<Indicator> Indicators { get; }
    public ImmutableArray<LifecycleEvent> LifecycleEvents { get; }
    public ImmutableArray<Document> Documents { get; }

    public PolicyNode? Node(string id) => _nodes.GetValueOrDefault(id);

    public T? Node<T>(string id) where T : PolicyNode => _nodes.GetValueOrDefault(id) as T;

    /// <summary>A country by ISO alpha-2 code, in any letter case.</summary>
    public Country? Country(string iso2) => Node<Country>(iso2.Trim().ToUpperInvariant());

    public KeySector? Sector(Sector code) => _sectorsByCode.GetValueOrDefault(code);

    public ImmutableArray<PolicyRelation> Outgoing(string id) => _outgoing.GetValueOrDefault(id, []);

    public ImmutableArray<PolicyRelation> Incoming(string id) => _incoming.GetValueOrDefault(id, []);

    public IEnumerable<PolicyRelation> Out(string id, RelationType type) => Outgoing(id).Where(r => r.Type == type);

    public IEnumerable<PolicyRelation> In(string id, RelationType type) => Incoming(id).Where(r => r.Type == type);

    /// <summary>The nodes a node points to over one relationship type, e.g. a programme's RETURNS_FROM countries.</summary>
    public ImmutableArray<T> Targets<T>(string id, RelationType type) where T : PolicyNode =>
        [.. Out(id, type).Select(r => _nodes[r.ToId]).OfType<T>().Distinct()];

    /// <summary>The nodes pointing at a node over one relationship type, e.g. a route's TARGETS partnerships.</summary>
    public ImmutableArray<T> Sources<T>(string id, RelationType type) where T : PolicyNode =>
        [.. In(id, type).Select(r => _nodes[r.FromId]).OfType<T>().Distinct()];

    /// <summary>A route's countries, each with all its roles there, by country name.</summary>
    public ImmutableArray<RouteMembership> RouteMembers(string routeId) => _routeMembers.GetValueOrDefault(routeId, []);

    /// <summary>The routes a country lies on, with its roles on each, by route name.</summary>
    public ImmutableArray<RouteMembership> RoutesOf(Country country) => _countryRoutes.GetValueOrDefault(country.Id, []);

    public ImmutableArray<Country> RegionMembers(string regionId) => _regionMembers.GetValueOrDefault(regionId, []);

    /// <summary>A partnership's partner countries, a Region partner expanded into its countries.</summary>
    public ImmutableArray<Country> PartnerCountriesOf(Partnership partnership) =>
        _partnershipCountries.GetValueOrDefault(partnership.Id, []);

    /// <summary>The partnerships naming a country as partner, directly or through its region.</summary>
    public ImmutableArray<Partnership> PartnershipsWith(Country country) =>
        _countryPartnerships.GetValueOrDefault(country.Id, []);

    public ImmutableArray<Sector> SectorsOf(PolicyNode partnershipOrProgramme) =>
        [.. Targets<KeySector>(partnershipOrProgramme.Id, RelationType.COVERS).Select(s => s.Code).Order()];

    /// <summary>A partnership's or programme's events in the order they take effect, and its status on any day (empty for other nodes).</summary>
    public Lifecycle LifecycleOf(PolicyNode partnershipOrProgramme) => _lifecycles.GetValueOrDefault(partnershipOrProgramme.Id, Lifecycle.Empty);

    /// <summary>The documents a node is taken from, with their quotes.</summary>
    public ImmutableArray<SourceRef> SourcesOf(PolicyNode node) => _sources.GetValueOrDefault(node.Id, []);

    /// <summary>Every (country, route) of the ON_ROUTE relationships with all its roles, notes and sources.</summary>
    List<RouteMembership> Memberships() =>
    [
        .. Relations
            .Where(r => r.Type == RelationType.ON_ROUTE)
            .GroupBy(r => (Country: r.FromId, Route: r.ToId))
            .Select(g => new RouteMembership(
                (Country)_nodes[g.Key.Country],
                (Route)_nodes[g.Key.Route],
                [.. g.Select(r => r.Role!.Value).Distinct().Order()],
                [.. g.Select(r => r.Note).OfType<string>().Distinct()],
                [.. g.Select(r => r.SourceId).OfType<string>().Distinct().Order(StringComparer.Ordinal).Select(id => (Document)_nodes[id])])),
    ];

    /// <summary>The legs of movement along a route (LEG), from its countries, in relationship order.</summary>
    public IEnumerable<PolicyRelation> LegsOf(string routeId) =>
        RouteMembers(routeId).SelectMany(m => Out(m.Country.Id, RelationType.LEG)).Where(l => l.RouteId == routeId);

    /// <summary>The commitments that belong to a key sector.</summary>
    public IEnumerable<Commitment> CommitmentsIn(Sector sector) => Commitments.Where(c => c.Sector == sector);

    ImmutableArray<Country> PartnerCountries(string partnershipId) =>
    [
        .. Out(partnershipId, RelationType.WITH_PARTNER)
            .SelectMany(r => _nodes[r.ToId] switch
            {
                Country c => [c],
                Region region => (IEnumerable<Country>)_regionMembers[region.Id],
                _ => [],
            })
            .Distinct()
            .OrderBy(c => c.Name, StringComparer.Ordinal),
    ];

    static FrozenDictionary<string, ImmutableArray<PolicyRelation>> Group(
        IEnumerable<PolicyRelation> relations, Func<PolicyRelation, string> key) =>
        relations.GroupBy(key).ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);

    static ImmutableArray<T> Sorted<T>(IEnumerable<PolicyNode> nodes, Func<T, string> by) where T : PolicyNode =>
        [.. nodes.OfType<T>().OrderBy(by, StringComparer.Ordinal).ThenBy(n => n.Id, StringComparer.Ordinal)];
}
