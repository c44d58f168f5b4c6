using RouteGraph.Core.Graph;
using RouteGraph.Core.Model;

namespace RouteGraph.Api.Tests.Infrastructure;

/// <summary>
/// A small graph built in memory for API tests, from facts DATA.md and the two source documents
/// state (dates of the operational partnerships, the declaration's return countries, the EUR 330
/// million figure). No centroids, no URLs: nothing here is invented. The real seed is tested in
/// DataQuestionsTests.
/// </summary>
public static class TestGraph
{
    public const string DeclarationQuote =
        "Specific focus will be placed on intensifying cooperation and logistical support through recognised international partners "
        + "for voluntary returns from Libya, Tunisia, and Algeria, ensuring safe, dignified and effective return process for migrants "
        + "who do not meet the requirements for international protection.";

    public static PolicyGraph Create(string version = "test-graph-1") => PolicyGraph.Create(version, Nodes(), Relations());

    static Country Country(string iso2, string iso3, string name, string nameIt, bool eu = false) =>
        new(iso2, iso3, new LocalisedNames(name, nameIt, null), [], null, eu);

    static LocalisedNames Names(string en, string? it = null, string? fr = null) => new(en, it, fr);

    static IEnumerable<PolicyNode> Nodes() =>
    [
        Country("IT", "ITA", "Italy", "Italia", eu: true),
        Country("NL", "NLD", "Netherlands", "Paesi Bassi", eu: true),
        Country("ES", "ESP", "Spain", "Spagna", eu: true),
        Country("TN", "TUN", "Tunisia", "Tunisia"),
        Country("LY", "LBY", "Libya", "Libia"),
        Country("DZ", "DZA", "Algeria", "Algeria"),
        Country("MA", "MAR", "Morocco", "Marocco"),
        Country("NE", "NER", "Niger", "Niger"),
        Country("RS", "SRB", "Serbia", "Serbia"),
        Country("AL", "ALB", "Albania", "Albania"),
        new Region("western-balkans", Names("Western Balkans", "Balcani occidentali", "Balkans occidentaux"), []),
        new Route("central-mediterranean", Names("Central Mediterranean", "Mediterraneo centrale", "Méditerranée centrale"), RouteMode.SEA, null, []),
        new Route("western-mediterranean", Names("Western Mediterranean", "Mediterraneo occidentale"), RouteMode.SEA, null, []),
        Operational("eu-morocco-anti-smuggling", "Morocco", new DateOnly(2022, 7, 8)),
        Operational("eu-niger-anti-smuggling", "Niger", new DateOnly(2022, 7, 15)),
        Operational("eu-western-balkans-anti-smuggling", "the Western Balkans", new DateOnly(2022, 11, 4)),
        Operational("eu-tunisia-anti-smuggling", "Tunisia", new DateOnly(2023, 4, 27)),
        new Partnership("it-nl-declaration-of-intent", Names("Declaration of Intent between Italy and the Netherlands on migration"),
            PartnershipKind.DECLARATION_OF_INTENT, PartnershipLevel.BILATERAL, false,
            "Route-based cooperation with key third countries of origin and transit.", null, ["IT-NL declaration"]),
        new KeySector("host-country-support", Sector.HOST_COUNTRY_SUPPORT, 1, Names("Supporting countries hosting refugees and host communities", "Sostenere i paesi che ospitano rifugiati e comunità di accoglienza")),
        new KeySector("economic-opportunities", Sector.ECONOMIC_OPPORTUNITIES, 2, Names("Creating economic opportunities close to home, in particular for young people", "Creare opportunità economiche vicino a casa, in particolare per i giovani")),
        new KeySector("anti-smuggling", Sector.ANTI_SMUGGLING, 3, Names("Fighting migrant smuggling", "Lottare contro il traffico di migranti")),
        new KeySector("return-and-readmission", Sector.RETURN_AND_READMISSION, 4, Names(
            "Improving return and readmission, stepping up voluntary returns and contributing to reintegration",
            "Migliorare il rimpatrio e la riammissione, intensificare i rimpatri volontari e contribuire al reinserimento")),
        new KeySector("legal-pathways", Sector.LEGAL_PATHWAYS, 5, Names("Developing regulated channels for legal migration", "Sviluppare canali regolamentati per la migrazione legale")),
        new PolicyArea("visas", Names("Visas", "Visti", "Visas")),
        new Programme("it-nl-avrr", Names("Assisted Voluntary Return and Reintegration (AVRR) from transit countries"), ProgrammeKind.AVRR, null),
        new Organisation("it-ministry-of-interior", Names("Ministry of Interior of the Italian Republic", "Ministero dell'Interno"),
            OrganisationKind.NATIONAL_MINISTRY, []),
        new Organisation("nl-ministry-of-justice-and-security", Names("Ministry of Justice and Security of the Netherlands"),
            OrganisationKind.NATIONAL_MINISTRY, []),
        Launch("eu-morocco-anti-smuggling", "2022-07-08"),
        Launch("eu-niger-anti-smuggling", "2022-07-15"),
        Launch("eu-western-balkans-anti-smuggling", "2022-11-04"),
        Launch("eu-tunisia-anti-smuggling", "2023-04-27"),
        new Commitment("it-nl-yearly-consultations", "Yearly bilateral senior officials' migration consultations", null, Recurrence.YEARLY),
        new Indicator("smugglers-profits-central-western-mediterranean-2017-2019", "Smugglers' profits", 330_000_000, "EUR", true,
            new DateOnly(2017, 1, 1), new DateOnly(2019, 12, 31)),
        new Document("council-migration-partnerships", "Partenariati in materia di migrazione", "Council of the European Union", null, null, "it"),
        new Document("it-nl-declaration-of-intent-text", "Declaration of Intent between the Ministry of Interior of the Italian Republic "
            + "and the Ministry of Justice and Security of the Netherlands", "Ministry of Interior of the Italian Republic", null, null, "en"),
    ];

    static Partnership Operational(string id, string partner, DateOnly launched) =>
        new(id, Names($"EU anti-smuggling operational partnership with {partner}"), PartnershipKind.OPERATIONAL_PARTNERSHIP,
            PartnershipLevel.EU, null, null, null, []);

    /// <summary>The launch event of an operational partnership, on the day the Council page gives.</summary>
    static LifecycleEvent Launch(string partnershipId, string day) => new($"{partnershipId}-launched", LifecycleEventKind.LAUNCHED, PartialDate.Parse(day), null);

    const string Council = "council-migration-partnerships";
    const string Declaration = "it-nl-declaration-of-intent-text";

    static IEnumerable<PolicyRelation> Relations()
    {
        PolicyRelation Rel(RelationType type, string from, string to, string source = Council) => new(type, from, to, SourceId: source);
        PolicyRelation OnRoute(string iso, string route, RouteRole role) => new(RelationType.ON_ROUTE, iso, route, Role: role, SourceId: Council);
        PolicyRelation Leg(string from, string to, string route, RouteMode mode) =>
            new(RelationType.LEG, from, to, RouteId: route, Mode: mode, SourceId: Council);

        return
        [
            OnRoute("LY", "central-mediterranean", RouteRole.DEPARTURE),
            OnRoute("LY", "central-mediterranean", RouteRole.TRANSIT),
            OnRoute("TN", "central-mediterranean", RouteRole.DEPARTURE),
            OnRoute("TN", "central-mediterranean", RouteRole.TRANSIT),
            OnRoute("NE", "central-mediterranean", RouteRole.TRANSIT),
            OnRoute("IT", "central-mediterranean", RouteRole.ARRIVAL),
            OnRoute("MA", "western-mediterranean", RouteRole.DEPARTURE),
            OnRoute("DZ", "western-mediterranean", RouteRole.DEPARTURE),
            OnRoute("ES", "western-mediterranean", RouteRole.ARRIVAL),
            Leg("NE", "LY", "central-mediterranean", RouteMode.LAND),
            Leg("LY", "IT", "central-mediterranean", RouteMode.SEA),
            Leg("TN", "IT", "central-mediterranean", RouteMode.SEA),
            Leg("MA", "ES", "western-mediterranean", RouteMode.SEA),
            Leg("DZ", "ES", "western-mediterranean", RouteMode.SEA),
            Rel(RelationType.IN_REGION, "RS", "western-balkans"),
            Rel(RelationType.IN_REGION, "AL", "western-balkans"),
            Rel(RelationType.HAS_EVENT, "eu-morocco-anti-smuggling", "eu-morocco-anti-smuggling-launched"),
            Rel(RelationType.HAS_EVENT, "eu-niger-anti-smuggling", "eu-niger-anti-smuggling-launched"),
            Rel(RelationType.HAS_EVENT, "eu-western-balkans-anti-smuggling", "eu-western-balkans-anti-smuggling-launched"),
            Rel(RelationType.HAS_EVENT, "eu-tunisia-anti-smuggling", "eu-tunisia-anti-smuggling-launched"),
            new(RelationType.SOURCED_FROM, "eu-tunisia-anti-smuggling-launched", Council, Quote: "Tunisia (27 aprile 2023)"),
            Rel(RelationType.WITH_PARTNER, "eu-morocco-anti-smuggling", "MA"),
            Rel(RelationType.WITH_PARTNER, "eu-niger-anti-smuggling", "NE"),
            Rel(RelationType.WITH_PARTNER, "eu-western-balkans-anti-smuggling", "western-balkans"),
            Rel(RelationType.WITH_PARTNER, "eu-tunisia-anti-smuggling", "TN"),
            Rel(RelationType.COVERS, "eu-morocco-anti-smuggling", "anti-smuggling"),
            Rel(RelationType.COVERS, "eu-niger-anti-smuggling", "anti-smuggling"),
            Rel(RelationType.COVERS, "eu-western-balkans-anti-smuggling", "anti-smuggling"),
            Rel(RelationType.COVERS, "eu-tunisia-anti-smuggling", "anti-smuggling"),
            Rel(RelationType.TARGETS, "eu-tunisia-anti-smuggling", "central-mediterranean"),
            Rel(RelationType.TARGETS, "eu-niger-anti-smuggling", "central-mediterranean"),
            Rel(RelationType.TARGETS, "eu-morocco-anti-smuggling", "western-mediterranean"),
            Rel(RelationType.SIGNED_BY, "it-nl-declaration-of-intent", "it-ministry-of-interior", Declaration),
            Rel(RelationType.SIGNED_BY, "it-nl-declaration-of-intent", "nl-ministry-of-justice-and-security", Declaration),
            Rel(RelationType.COVERS, "it-nl-declaration-of-intent", "return-and-readmission", Declaration),
            Rel(RelationType.COMMITS_TO, "it-nl-declaration-of-intent", "it-nl-yearly-consultations", Declaration),
            Rel(RelationType.PART_OF, "it-nl-avrr", "it-nl-declaration-of-intent", Declaration),
            Rel(RelationType.COVERS, "it-nl-avrr", "return-and-readmission", Declaration),
            Rel(RelationType.RETURNS_FROM, "it-nl-avrr", "LY", Declaration),
            Rel(RelationType.RETURNS_FROM, "it-nl-avrr", "TN", Declaration),
            Rel(RelationType.RETURNS_FROM, "it-nl-avrr", "DZ", Declaration),
            Rel(RelationType.MEASURES, "smugglers-profits-central-western-mediterranean-2017-2019", "central-mediterranean"),
            Rel(RelationType.MEASURES, "smugglers-profits-central-western-mediterranean-2017-2019", "western-mediterranean"),
            new(RelationType.SOURCED_FROM, "it-nl-avrr", Declaration, Quote: DeclarationQuote),
            new(RelationType.SOURCED_FROM, "eu-morocco-anti-smuggling", Council, Quote: "- Marocco (8 luglio 2022)"),
        ];
    }
}
