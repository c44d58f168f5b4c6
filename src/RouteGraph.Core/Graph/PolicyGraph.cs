using System.Collections.Frozen;
using System.Collections.Immutable;
using RouteGraph.Core.Model;

namespace RouteGraph.Core.Graph;

/// <summary>A country on a route with every role it plays there.</summary>
public sealed record RouteMember(Country Country, ImmutableArray<RouteRole> Roles);

/// <summary>A route a country lies on, with the roles it plays there.</summary>
public sealed record CountryOnRoute(Route Route, ImmutableArray<RouteRole> Roles);

/// <summary>A source document of a fact, with the exact sentence quoted from it (when there is one).</summary>
public sealed record SourceRef(Document Document, string? Quote);

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
    readonly FrozenDictionary<string, ImmutableArray<RouteMember>> _routeMembers;
    readonly FrozenDictionary<string, ImmutableArray<CountryOnRoute>> _countryRoutes;
    readonly FrozenDictionary<string, ImmutableArray<Country>> _partnershipCountries;
    readonly FrozenDictionary<string, ImmutableArray<Partnership>> _countryPartnerships;
    readonly FrozenDictionary<string, ImmutableArray<Country>> _regionMembers;
    readonly FrozenDictionary<string, ImmutableArray<SourceRef>> _sources;
    readonly FrozenDictionary<Sector, KeySector> _sectorsByCode;

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
        Documents = Sorted<Document>(nodes, d => d.Id);
        _sectorsByCode = Sectors.ToFrozenDictionary(s => s.Code);

        _routeMembers = Routes.ToFrozenDictionary(r => r.Id, r => Members(r.Id));
        _countryRoutes = Countries.ToFrozenDictionary(c => c.Id, c => RoutesOf(c.Id));
        _regionMembers = Regions.ToFrozenDictionary(r => r.Id, r => Sources<Country>(r.Id, RelationType.IN_REGION));
        _partnershipCountries = Partnerships.ToFrozenDictionary(p => p.Id, p => PartnerCountries(p.Id));
        _countryPartnerships = Countries.ToFrozenDictionary(
            c => c.Id,
            c => Partnerships.Where(p => _partnershipCountries[p.Id].Contains(c)).ToImmutableArray());
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

    /// <summary>A route's countries, each with all its roles there.</summary>
    public ImmutableArray<RouteMember> RouteMembers(string routeId) => _routeMembers.GetValueOrDefault(routeId, []);

    /// <summary>The routes a country lies on, with its roles on each.</summary>
    public ImmutableArray<CountryOnRoute> RoutesOf(Country country) => _countryRoutes.GetValueOrDefault(country.Id, []);

    public ImmutableArray<Country> RegionMembers(string regionId) => _regionMembers.GetValueOrDefault(regionId, []);

    /// <summary>A partnership's partner countries, a Region partner expanded into its countries.</summary>
    public ImmutableArray<Country> PartnerCountriesOf(Partnership partnership) =>
        _partnershipCountries.GetValueOrDefault(partnership.Id, []);

    /// <summary>The partnerships naming a country as partner, directly or through its region.</summary>
    public ImmutableArray<Partnership> PartnershipsWith(Country country) =>
        _countryPartnerships.GetValueOrDefault(country.Id, []);

    public ImmutableArray<Sector> SectorsOf(PolicyNode partnershipOrProgramme) =>
        [.. Targets<KeySector>(partnershipOrProgramme.Id, RelationType.COVERS).Select(s => s.Code).Order()];

    /// <summary>The documents a node is taken from, with their quotes.</summary>
    public ImmutableArray<SourceRef> SourcesOf(PolicyNode node) => _sources.GetValueOrDefault(node.Id, []);

    ImmutableArray<RouteMember> Members(string routeId) =>
    [
        .. In(routeId, RelationType.ON_ROUTE)
            .GroupBy(r => r.FromId)
            .Select(g => new RouteMember((Country)_nodes[g.Key], [.. g.Select(r => r.Role!.Value).Distinct().Order()]))
            .OrderBy(m => m.Country.Name, StringComparer.Ordinal),
    ];

    ImmutableArray<CountryOnRoute> RoutesOf(string iso2) =>
    [
        .. Out(iso2, RelationType.ON_ROUTE)
            .GroupBy(r => r.ToId)
            .Select(g => new CountryOnRoute((Route)_nodes[g.Key], [.. g.Select(r => r.Role!.Value).Distinct().Order()]))
            .OrderBy(m => m.Route.Name, StringComparer.Ordinal),
    ];

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
