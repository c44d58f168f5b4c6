using System.Text.RegularExpressions;
using RouteGraph.Core.Model;

namespace RouteGraph.Neo4j.Cypher;

/// <summary>An index for a lookup the loader or analysts make, on a node label or a relationship type.</summary>
public sealed record IndexSpec(string Name, string LabelOrType, bool OnRelationship, string Property);

/// <summary>
/// How the policy graph of <see cref="GraphSchema"/> is laid out in Neo4j: labels and
/// relationship types are the enum names, the node key is <c>id</c>, plus what only Neo4j needs
/// (the GraphMeta node, relationship identity for MERGE, indexes). Every name that is put into
/// Cypher text comes from here and is checked to be a plain identifier.
/// </summary>
public static partial class Neo4jModel
{
    /// <summary>The property every node is keyed by (unique per label).</summary>
    public const string IdProperty = "id";

    /// <summary>The label of the one node that records the graph version.</summary>
    public const string MetaLabel = "GraphMeta";

    /// <summary>The id of the GraphMeta node (sent as a parameter).</summary>
    public const string MetaId = "routegraph";

    public static IReadOnlyList<string> MetaProperties { get; } = [IdProperty, "version", "updatedAt"];

    /// <summary>Keys of the relationship rows sent with UNWIND (the ids of the two ends).</summary>
    public static IReadOnlyList<string> RowKeys { get; } = ["fromId", "toId"];

    /// <summary>
    /// The properties that, with type and the two ends, identify a relationship for MERGE: a country
    /// holds one ON_ROUTE per role, one LEG per route, and a node one SOURCED_FROM per quote of a
    /// document. MERGE cannot match a null, so an absent identity value travels and is stored as the
    /// empty string (a SOURCED_FROM without a quote has quote ""); the loader reads "" back as absent,
    /// as an empty CSV cell is.
    /// </summary>
    public static IReadOnlyList<string> IdentityProperties(RelationType type) => type switch
    {
        RelationType.ON_ROUTE => ["role"],
        RelationType.LEG => ["route"],
        RelationType.SOURCED_FROM => ["quote"],
        _ => [],
    };

    /// <summary>Indexes beyond the id constraints: what analysts look things up by.</summary>
    public static IReadOnlyList<IndexSpec> Indexes { get; } =
    [
        new("country_iso3", nameof(NodeLabel.Country), false, "iso3"),
        new("country_name", nameof(NodeLabel.Country), false, "name"),
        new("region_name", nameof(NodeLabel.Region), false, "name"),
        new("route_name", nameof(NodeLabel.Route), false, "name"),
        new("partnership_kind", nameof(NodeLabel.Partnership), false, "kind"),
        new("lifecycle_event_kind", nameof(NodeLabel.LifecycleEvent), false, "kind"),
        new("lifecycle_event_date_earliest", nameof(NodeLabel.LifecycleEvent), false, "dateEarliest"),
        new("sector_code", nameof(NodeLabel.Sector), false, "code"),
        new("programme_kind", nameof(NodeLabel.Programme), false, "kind"),
        new("organisation_name", nameof(NodeLabel.Organisation), false, "name"),
        new("indicator_metric", nameof(NodeLabel.Indicator), false, "metric"),
        new("document_date_earliest", nameof(NodeLabel.Document), false, "dateEarliest"),
        new("on_route_role", nameof(RelationType.ON_ROUTE), true, "role"),
        new("leg_route", nameof(RelationType.LEG), true, "route"),
    ];

    /// <summary>Every label RouteGraph writes: the model's and GraphMeta.</summary>
    public static IReadOnlyList<string> AllLabels { get; } = [.. Enum.GetNames<NodeLabel>(), MetaLabel];

    public static IReadOnlyList<string> AllRelationshipTypes { get; } = Enum.GetNames<RelationType>();

    /// <summary>Every property key RouteGraph reads or writes, including the keys of its parameter rows.</summary>
    public static IReadOnlyList<string> AllPropertyKeys { get; } =
    [
        .. new[] { IdProperty }
            .Concat(GraphSchema.Labels.SelectMany(l => l.Properties).SelectMany(StoredNames))
            .Concat(GraphSchema.Relations.SelectMany(r => r.Properties).SelectMany(StoredNames))
            .Concat(MetaProperties)
            .Concat(RowKeys)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>Suffixes of the two <c>date</c> properties stored beside a partial date: its first and last day.</summary>
    public const string EarliestSuffix = "Earliest", LatestSuffix = "Latest";

    /// <summary>
    /// The Neo4j properties one model property is stored as: itself, and for a partial date also its
    /// first and last day as Cypher dates (<c>dateEarliest</c>, <c>dateLatest</c>), so Cypher can filter on them.
    /// </summary>
    public static IReadOnlyList<string> StoredNames(PropertySpec property) =>
        property.Type == PropertyType.PartialDate
            ? [property.Name, property.Name + EarliestSuffix, property.Name + LatestSuffix]
            : [property.Name];

    /// <summary>The Cypher name of a label, checked against the fixed set.</summary>
    public static string Name(NodeLabel label) =>
        Enum.IsDefined(label) ? Identifier(label.ToString()) : throw new ArgumentOutOfRangeException(nameof(label), label, "not a model label");

    /// <summary>The Cypher name of a relationship type, checked against the fixed set.</summary>
    public static string Name(RelationType type) =>
        Enum.IsDefined(type) ? Identifier(type.ToString()) : throw new ArgumentOutOfRangeException(nameof(type), type, "not a model relationship type");

    /// <summary>The uniqueness constraint's name for a label, e.g. <c>policy_area_id</c>.</summary>
    public static string ConstraintName(string label) => $"{Snake(label)}_id";

    /// <summary>Checks a name is a plain identifier that needs no quoting, so it can stand in Cypher text as is.</summary>
    public static string Identifier(string name) =>
        PlainIdentifier().IsMatch(name) ? name : throw new ArgumentException($"'{name}' is not a plain Cypher identifier.", nameof(name));

    static string Snake(string name) => SnakeBoundary().Replace(name, "_$1").ToLowerInvariant();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex PlainIdentifier();

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex SnakeBoundary();
}
