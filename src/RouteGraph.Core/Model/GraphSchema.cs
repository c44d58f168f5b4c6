namespace RouteGraph.Core.Model;

/// <summary>
/// The fixed model of the policy graph. Seed validation, the Neo4j importer, the Cypher export
/// and the Cypher lint all read it from here, so labels, types and properties cannot drift.
/// </summary>
public static class GraphSchema
{
    static PropertySpec Text(string name, bool required = false) => new(name, PropertyType.String, required);
    static PropertySpec Enum<T>(string name, bool required = false) where T : struct, System.Enum =>
        new(name, PropertyType.String, required, System.Enum.GetNames<T>());
    static PropertySpec Date(string name) => new(name, PropertyType.Date);
    static PropertySpec PartialDate(string name) => new(name, PropertyType.PartialDate);
    static PropertySpec Aliases => new("aliases", PropertyType.StringArray);

    /// <summary>Every relationship but SOURCED_FROM names the Document it is taken from.</summary>
    static PropertySpec Source => Text("source", required: true);

    public static IReadOnlyList<LabelSpec> Labels { get; } =
    [
        new(NodeLabel.Country, "nodes/Country.csv",
        [
            Text("iso3", true), Text("name", true), Text("nameIt", true), Text("nameFr"), Aliases,
            new("lat", PropertyType.Float), new("lon", PropertyType.Float), new("euMember", PropertyType.Boolean, true),
        ]),
        new(NodeLabel.Region, "nodes/Region.csv", [Text("name", true), Text("nameIt"), Text("nameFr"), Aliases]),
        new(NodeLabel.Route, "nodes/Route.csv",
            [Text("name", true), Text("nameIt"), Text("nameFr"), Enum<RouteMode>("mode", true), Text("description"), Aliases]),
        new(NodeLabel.Partnership, "nodes/Partnership.csv",
        [
            Text("title", true), Text("titleIt"), Text("titleFr"), Enum<PartnershipKind>("kind", true), Enum<PartnershipLevel>("level", true),
            new("legallyBinding", PropertyType.Boolean), Text("summary"), Text("statusNote"), Aliases,
        ]),
        new(NodeLabel.Sector, "nodes/Sector.csv",
            [Enum<Sector>("code", true), new("rank", PropertyType.Int, true), Text("name", true), Text("nameIt", true), Text("nameFr")]),
        new(NodeLabel.PolicyArea, "nodes/PolicyArea.csv", [Text("name", true), Text("nameIt", true), Text("nameFr")]),
        new(NodeLabel.Programme, "nodes/Programme.csv",
            [Text("name", true), Text("nameIt"), Text("nameFr"), Enum<ProgrammeKind>("kind", true), Text("summary")]),
        new(NodeLabel.Organisation, "nodes/Organisation.csv",
            [Text("name", true), Text("nameIt"), Text("nameFr"), Enum<OrganisationKind>("kind", true), Aliases]),
        new(NodeLabel.Commitment, "nodes/Commitment.csv",
            [Text("text", true), Enum<Sector>("sector"), Enum<Recurrence>("recurrence")]),
        new(NodeLabel.Indicator, "nodes/Indicator.csv",
        [
            Text("metric", true), new("value", PropertyType.Float), Text("unit"),
            new("approximate", PropertyType.Boolean, true), Date("periodStart"), Date("periodEnd"),
        ]),
        new(NodeLabel.LifecycleEvent, "nodes/LifecycleEvent.csv",
            [Enum<LifecycleEventKind>("kind", true), PartialDate("date"), Text("note")]),
        new(NodeLabel.Document, "nodes/Document.csv",
            [Text("title", true), Text("publisher", true), PartialDate("date"), Text("url"), Text("language", true)]),
    ];

    public static IReadOnlyList<RelationSpec> Relations { get; } =
    [
        new(RelationType.ON_ROUTE, "relationships/ON_ROUTE.csv", [NodeLabel.Country], [NodeLabel.Route],
            [Enum<RouteRole>("role", true), Text("note"), Source]),
        new(RelationType.LEG, "relationships/LEG.csv", [NodeLabel.Country], [NodeLabel.Country],
            [Text("route", true), Enum<RouteMode>("mode", true), Source]),
        new(RelationType.IN_REGION, "relationships/IN_REGION.csv", [NodeLabel.Country], [NodeLabel.Region], [Source]),
        new(RelationType.SIGNED_BY, "relationships/SIGNED_BY.csv", [NodeLabel.Partnership],
            [NodeLabel.Country, NodeLabel.Organisation], [Source]),
        new(RelationType.WITH_PARTNER, "relationships/WITH_PARTNER.csv", [NodeLabel.Partnership],
            [NodeLabel.Country, NodeLabel.Region], [Source]),
        new(RelationType.COVERS, "relationships/COVERS.csv", [NodeLabel.Partnership, NodeLabel.Programme],
            [NodeLabel.Sector], [Source]),
        new(RelationType.USES_POLICY, "relationships/USES_POLICY.csv", [NodeLabel.Partnership], [NodeLabel.PolicyArea], [Source]),
        new(RelationType.TARGETS, "relationships/TARGETS.csv", [NodeLabel.Partnership], [NodeLabel.Route], [Source]),
        new(RelationType.PART_OF, "relationships/PART_OF.csv", [NodeLabel.Programme], [NodeLabel.Partnership], [Source]),
        new(RelationType.RETURNS_FROM, "relationships/RETURNS_FROM.csv", [NodeLabel.Programme], [NodeLabel.Country], [Source]),
        new(RelationType.RETURNS_TO, "relationships/RETURNS_TO.csv", [NodeLabel.Programme], [NodeLabel.Country], [Source]),
        new(RelationType.IMPLEMENTED_BY, "relationships/IMPLEMENTED_BY.csv", [NodeLabel.Programme], [NodeLabel.Organisation], [Source]),
        new(RelationType.COMMITS_TO, "relationships/COMMITS_TO.csv", [NodeLabel.Partnership], [NodeLabel.Commitment], [Source]),
        new(RelationType.MEASURES, "relationships/MEASURES.csv", [NodeLabel.Indicator], [NodeLabel.Route], [Source]),
        new(RelationType.HAS_EVENT, "relationships/HAS_EVENT.csv", [NodeLabel.Partnership, NodeLabel.Programme],
            [NodeLabel.LifecycleEvent], [Source]),
        new(RelationType.SOURCED_FROM, "relationships/SOURCED_FROM.csv",
            System.Enum.GetValues<NodeLabel>().Where(l => l != NodeLabel.Document).ToArray(), [NodeLabel.Document],
            [Text("quote")]),
    ];

    public static LabelSpec For(NodeLabel label) => Labels.Single(l => l.Label == label);

    public static RelationSpec For(RelationType type) => Relations.Single(r => r.Type == type);
}
