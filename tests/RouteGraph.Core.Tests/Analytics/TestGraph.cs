using RouteGraph.Core.Graph;
using RouteGraph.Core.Model;

namespace RouteGraph.Core.Tests.Analytics;

/// <summary>
/// A small policy graph written in the test that uses it. Countries named in a route, leg or
/// partnership are added on first mention; sector nodes are added when a partnership covers one.
/// </summary>
public sealed class TestGraph
{
    /// <summary>The five key sectors with their Italian names as the Council page gives them.</summary>
    public static readonly IReadOnlyList<(Sector Code, string Name, string NameIt)> KeySectors =
    [
        (Sector.HOST_COUNTRY_SUPPORT, "Support countries hosting refugees and host communities",
            "Sostenere i paesi che ospitano rifugiati e comunità di accoglienza"),
        (Sector.ECONOMIC_OPPORTUNITIES, "Create economic opportunities close to home, in particular for young people",
            "Creare opportunità economiche vicino a casa, in particolare per i giovani"),
        (Sector.ANTI_SMUGGLING, "Fight migrant smuggling", "Lottare contro il traffico di migranti"),
        (Sector.RETURN_AND_READMISSION,
            "Improve return and readmission, step up voluntary returns and contribute to reintegration",
            "Migliorare il rimpatrio e la riammissione, intensificare i rimpatri volontari e contribuire al reinserimento"),
        (Sector.LEGAL_PATHWAYS, "Develop regulated channels for legal migration", "Sviluppare canali regolamentati per la migrazione legale"),
    ];

    readonly Dictionary<string, PolicyNode> _nodes = new(StringComparer.Ordinal);
    readonly List<PolicyRelation> _relations = [];

    public TestGraph Country(string iso2, string? name = null, string? nameIt = null, string[]? aliases = null,
        (double Lat, double Lon)? centroid = null, bool euMember = false)
    {
        _nodes[iso2] = new Country(iso2, iso2 + "X", new LocalisedNames(name ?? "Country " + iso2, nameIt, null), aliases ?? [],
            centroid is { } c ? new GeoPoint(c.Lat, c.Lon) : null, euMember);
        return this;
    }

    public TestGraph Region(string id, string name, params string[] memberIsos)
    {
        _nodes[id] = new Region(id, new LocalisedNames(name, null, null), []);
        foreach (var iso in memberIsos)
            _relations.Add(new(RelationType.IN_REGION, EnsureCountry(iso), id));
        return this;
    }

    public TestGraph Route(string id, string? name = null, RouteMode mode = RouteMode.SEA, string? nameIt = null)
    {
        _nodes[id] = new Route(id, new LocalisedNames(name ?? id, nameIt, null), mode, null, []);
        return this;
    }

    public TestGraph OnRoute(string iso2, string routeId, params RouteRole[] roles)
    {
        EnsureRoute(routeId);
        foreach (var role in roles)
            _relations.Add(new(RelationType.ON_ROUTE, EnsureCountry(iso2), routeId, Role: role));
        return this;
    }

    /// <summary>One LEG from one country to another on a route.</summary>
    public TestGraph Leg(string fromIso, string toIso, string routeId, RouteMode? mode = null)
    {
        EnsureRoute(routeId);
        _relations.Add(new(RelationType.LEG, EnsureCountry(fromIso), EnsureCountry(toIso), RouteId: routeId, Mode: mode ?? RouteMode.LAND));
        return this;
    }

    /// <summary>A chain of legs on one route: Chain("r", "A", "B", "C") is A→B and B→C.</summary>
    public TestGraph Chain(string routeId, params string[] isos)
    {
        for (var i = 0; i + 1 < isos.Length; i++)
            Leg(isos[i], isos[i + 1], routeId);
        return this;
    }

    public TestGraph Partnership(
        string id,
        string? signedOn = null,
        string[]? partners = null,
        string[]? targets = null,
        Sector[]? sectors = null,
        PartnershipKind kind = PartnershipKind.MEMORANDUM_OF_UNDERSTANDING,
        string? suspendedOn = null,
        string? endedOn = null,
        string? title = null,
        string? titleIt = null,
        string? summary = null,
        string[]? aliases = null,
        (LifecycleEventKind Kind, string? Date)[]? events = null)
    {
        _nodes[id] = new Partnership(id, new LocalisedNames(title ?? "Partnership " + id, titleIt, null), kind, PartnershipLevel.EU,
            null, summary, null, aliases ?? []);
        if (signedOn is not null)
            Event(id, kind == PartnershipKind.OPERATIONAL_PARTNERSHIP ? LifecycleEventKind.LAUNCHED : LifecycleEventKind.SIGNED, signedOn);
        if (suspendedOn is not null)
            Event(id, LifecycleEventKind.SUSPENDED, suspendedOn);
        if (endedOn is not null)
            Event(id, LifecycleEventKind.ENDED, endedOn);
        foreach (var (eventKind, date) in events ?? [])
            Event(id, eventKind, date);
        foreach (var partner in partners ?? [])
            _relations.Add(new(RelationType.WITH_PARTNER, id, EnsurePartner(partner)));
        foreach (var route in targets ?? [])
            _relations.Add(new(RelationType.TARGETS, id, EnsureRoute(route)));
        foreach (var sector in sectors ?? [])
            _relations.Add(new(RelationType.COVERS, id, EnsureSector(sector)));
        return this;
    }

    /// <summary>A lifecycle event of a partnership or programme; the date is partial (2006, 2006-07, 2006-07-10) or null for undated.</summary>
    public TestGraph Event(string subjectId, LifecycleEventKind kind, string? date)
    {
        var id = $"{subjectId}-{kind.ToString().ToLowerInvariant().Replace('_', '-')}-{_relations.Count}";
        _nodes[id] = new LifecycleEvent(id, kind, date is null ? null : PartialDate.Parse(date), null);
        _relations.Add(new(RelationType.HAS_EVENT, subjectId, id));
        return this;
    }

    /// <summary>A programme acting in countries (RETURNS_FROM), covering sectors.</summary>
    public TestGraph Programme(string id, string[] returnsFrom, Sector[] sectors)
    {
        _nodes[id] = new Programme(id, new LocalisedNames("Programme " + id, null, null), ProgrammeKind.AVRR, null);
        foreach (var iso in returnsFrom)
            _relations.Add(new(RelationType.RETURNS_FROM, id, EnsureCountry(iso)));
        foreach (var sector in sectors)
            _relations.Add(new(RelationType.COVERS, id, EnsureSector(sector)));
        return this;
    }

    public TestGraph Node(PolicyNode node)
    {
        _nodes[node.Id] = node;
        return this;
    }

    public TestGraph AllSectors()
    {
        foreach (var sector in Enum.GetValues<Sector>())
            EnsureSector(sector);
        return this;
    }

    public PolicyGraph Build(string version = "test") => PolicyGraph.Create(version, _nodes.Values, _relations);

    public static string SectorId(Sector code) => code.ToString().ToLowerInvariant().Replace('_', '-');

    string EnsureCountry(string iso2)
    {
        if (!_nodes.ContainsKey(iso2))
            Country(iso2);
        return iso2;
    }

    /// <summary>A partner is a country when named by an ISO code ("TN"), a region otherwise ("sahel").</summary>
    string EnsurePartner(string id)
    {
        if (id.Length == 2 && id.All(char.IsAsciiLetterUpper))
            return EnsureCountry(id);
        if (!_nodes.ContainsKey(id))
            _nodes[id] = new Region(id, new LocalisedNames(id, null, null), []);
        return id;
    }

    string EnsureRoute(string id)
    {
        if (!_nodes.ContainsKey(id))
            Route(id);
        return id;
    }

    string EnsureSector(Sector code)
    {
        var id = SectorId(code);
        if (!_nodes.ContainsKey(id))
        {
            var (_, name, nameIt) = KeySectors.Single(s => s.Code == code);
            _nodes[id] = new KeySector(id, code, (int)code + 1, new LocalisedNames(name, nameIt, null));
        }

        return id;
    }
}
