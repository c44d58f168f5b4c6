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
        new(iso2, iso3, name, nameIt, [], null, eu);

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
        new Region("western-balkans", "Western Balkans", "Balcani occidentali", []),
        new Route("central-mediterranean", "Central Mediterranean", "Mediterraneo centrale", RouteMode.SEA, null, []),
        new Route("western-mediterranean", "Western Mediterranean", "Mediterraneo occidentale", RouteMode.SEA, null, []),
        Operational("eu-morocco-anti-smuggling", "Morocco", new DateOnly(2022, 7, 8)),
        Operational("eu-niger-anti-smuggling", "Niger", new DateOnly(2022, 7, 15)),
        Operational("eu-western-balkans-anti-smuggling", "the Western Balkans", new DateOnly(2022, 11, 4)),
        Operational("eu-tunisia-anti-smuggling", "Tunisia", new DateOnly(2023, 4, 27)),
        new Partnership("it-nl-declaration-of-intent", "Declaration of Intent between Italy and the Netherlands on migration", null,
            PartnershipKind.DECLARATION_OF_INTENT, PartnershipLevel.BILATERAL, null, null, null, PartnershipStatus.ACTIVE, false,
            "Route-based cooperation with key third countries of origin and transit.", ["IT-NL declaration"]),
        new KeySector("host-country-support", Sector.HOST_COUNTRY_SUPPORT, 1, "Supporting countries hosting refugees and host communities",
            "Sostenere i paesi che ospitano rifugiati e comunità di accoglienza"),
        new KeySector("economic-opportunities", Sector.ECONOMIC_OPPORTUNITIES, 2, "Creating economic opportunities close to home, in particular for young people",
            "Creare opportunità economiche vicino a casa, in particolare per i giovani"),
        new KeySector("anti-smuggling", Sector.ANTI_SMUGGLING, 3, "Fighting migrant smuggling", "Lottare contro il traffico di migranti"),
        new KeySector("return-and-readmission", Sector.RETURN_AND_READMISSION, 4,
            "Improving return and readmission, stepping up voluntary returns and contributing to reintegration",
            "Migliorare il rimpatrio e la riammissione, intensificare i rimpatri volontari e contribuire al reinserimento"),
        new KeySector("legal-pathways", Sector.LEGAL_PATHWAYS, 5, "Developing regulated channels for legal migration",
            "Sviluppare canali regolamentati per la migrazione legale"),
        new PolicyArea("visas", "Visas", "Visti"),
        new Programme("it-nl-avrr", "Assisted Voluntary Return and Reintegration (AVRR) from transit countries", null, ProgrammeKind.AVRR,
            null, null, null),
        new Organisation("it-ministry-of-interior", "Ministry of Interior of the Italian Republic", "Ministero dell'Interno",
            OrganisationKind.NATIONAL_MINISTRY, []),
        new Organisation("nl-ministry-of-justice-and-security", "Ministry of Justice and Security of the Netherlands", null,
            OrganisationKind.NATIONAL_MINISTRY, []),
        new Commitment("it-nl-yearly-consultations", "Yearly bilateral senior officials' migration consultations", null, Recurrence.YEARLY),
        new Indicator("smugglers-profits-central-western-mediterranean-2017-2019", "Smugglers' profits", 330_000_000, "EUR", true,
            new DateOnly(2017, 1, 1), new DateOnly(2019, 12, 31)),
        new Document("council-migration-partnerships", "Partenariati in materia di migrazione", "Council of the European Union", null, null, "it"),
        new Document("it-nl-declaration-of-intent-text", "Declaration of Intent between the Ministry of Interior of the Italian Republic "
            + "and the Ministry of Justice and Security of the Netherlands", "Ministry of Interior of the Italian Republic", null, null, "en"),
    ];

    static Partnership Operational(string id, string partner, DateOnly launched) =>
        new(id, $"EU anti-smuggling operational partnership with {partner}", null, PartnershipKind.OPERATIONAL_PARTNERSHIP,
            PartnershipLevel.EU, launched, null, null, PartnershipStatus.ACTIVE, null, null, []);

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
