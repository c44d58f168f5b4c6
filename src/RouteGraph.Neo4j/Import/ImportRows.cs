using System.Globalization;
using RouteGraph.Core.Graph;
using RouteGraph.Core.Model;
using RouteGraph.Neo4j.Cypher;

namespace RouteGraph.Neo4j.Import;

/// <summary>A batch-able group of relationship rows: one type between two labels (one MERGE statement).</summary>
public sealed record RelationshipGroup(RelationType Type, NodeLabel From, NodeLabel To, IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows);

/// <summary>
/// The seed records as the parameter rows the MERGE statements read: every property of the model
/// present (null when absent), dates as ISO strings (stored with <c>date()</c>; a partial date as its string plus its first and last day), string arrays as
/// lists (an empty one as null: Neo4j holds no empty property), identity properties never null
/// (see <see cref="Neo4jModel.IdentityProperties"/>). Built in the model's order, so the import and
/// the exported script are the same every time for the same seed.
/// </summary>
public sealed class ImportRows
{
    ImportRows(
        IReadOnlyList<(NodeLabel Label, IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows)> nodes,
        IReadOnlyList<RelationshipGroup> relationships,
        IReadOnlyDictionary<RelationType, IReadOnlyList<object?[]>> relationshipKeys,
        int duplicates)
    {
        Nodes = nodes;
        Relationships = relationships;
        RelationshipKeys = relationshipKeys;
        DuplicateRelationships = duplicates;
    }

    public IReadOnlyList<(NodeLabel Label, IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows)> Nodes { get; }

    public IReadOnlyList<RelationshipGroup> Relationships { get; }

    /// <summary>Per type, the identity of every relationship the seed holds ([fromId, toId, identity values...]), for --prune.</summary>
    public IReadOnlyDictionary<RelationType, IReadOnlyList<object?[]>> RelationshipKeys { get; }

    /// <summary>Seed relationships with the same identity as an earlier one (they become one relationship in Neo4j).</summary>
    public int DuplicateRelationships { get; }

    public static ImportRows From(IEnumerable<NodeRecord> nodeRecords, IEnumerable<RelationshipRecord> relationshipRecords)
    {
        var nodeList = nodeRecords.ToList();
        var labels = new Dictionary<string, NodeLabel>(StringComparer.Ordinal);
        foreach (var n in nodeList)
            labels.TryAdd(n.Id, n.Label);

        var nodes = Enum.GetValues<NodeLabel>()
            .Select(label => (label, (IReadOnlyList<IReadOnlyDictionary<string, object?>>)
                [.. nodeList.Where(n => n.Label == label).OrderBy(n => n.Id, StringComparer.Ordinal).Select(NodeRow)]))
            .Where(g => g.Item2.Count > 0)
            .ToList();

        var duplicates = 0;
        var groups = new List<RelationshipGroup>();
        var keys = new Dictionary<RelationType, IReadOnlyList<object?[]>>();
        var byType = relationshipRecords.GroupBy(r => r.Type).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var type in Enum.GetValues<RelationType>())
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var unique = new List<RelationshipRecord>();
            foreach (var r in byType.GetValueOrDefault(type, []))
            {
                if (seen.Add(string.Join("\u001f", Key(r).Select(k => (string?)k))))
                    unique.Add(r);
                else
                    duplicates++;
            }

            keys[type] = [.. unique.Select(Key)];
            foreach (var g in unique
                .GroupBy(r => (From: LabelOf(labels, r.FromId, r), To: LabelOf(labels, r.ToId, r)))
                .OrderBy(g => g.Key.From).ThenBy(g => g.Key.To))
            {
                groups.Add(new RelationshipGroup(type, g.Key.From, g.Key.To,
                    [.. g.OrderBy(r => r.FromId, StringComparer.Ordinal).ThenBy(r => r.ToId, StringComparer.Ordinal).Select(RelationshipRow)]));
            }
        }

        return new ImportRows(nodes, groups, keys, duplicates);
    }

    public static IReadOnlyDictionary<string, object?> NodeRow(NodeRecord node)
    {
        var row = new Dictionary<string, object?>(StringComparer.Ordinal) { [Neo4jModel.IdProperty] = node.Id };
        foreach (var spec in GraphSchema.For(node.Label).Properties)
            AddValue(row, spec, node.Properties.GetValueOrDefault(spec.Name), node.Location);
        return row;
    }

    public static IReadOnlyDictionary<string, object?> RelationshipRow(RelationshipRecord relationship)
    {
        var row = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [Neo4jModel.RowKeys[0]] = relationship.FromId,
            [Neo4jModel.RowKeys[1]] = relationship.ToId,
        };
        var identity = Neo4jModel.IdentityProperties(relationship.Type);
        foreach (var spec in GraphSchema.For(relationship.Type).Properties)
        {
            AddValue(row, spec, relationship.Properties.GetValueOrDefault(spec.Name), relationship.Location);
            if (row[spec.Name] is null && identity.Contains(spec.Name))
                row[spec.Name] = "";
        }

        return row;
    }

    /// <summary>[fromId, toId, identity values...] — what prune compares with <c>[a.id, b.id, r.prop...]</c>.</summary>
    public static object?[] Key(RelationshipRecord r) =>
    [
        r.FromId,
        r.ToId,
        .. Neo4jModel.IdentityProperties(r.Type).Select(p => Text(r.Properties.GetValueOrDefault(p)) ?? ""),
    ];

    static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    static NodeLabel LabelOf(Dictionary<string, NodeLabel> labels, string id, RelationshipRecord r) =>
        labels.TryGetValue(id, out var label)
            ? label
            : throw new InvalidOperationException($"{Where(r.Location)}{r.Type} {r.FromId}->{r.ToId} names {id}, which the seed does not hold");

    /// <summary>A record value as the parameter(s) its stored properties read: a partial date adds its first and last day.</summary>
    static void AddValue(Dictionary<string, object?> row, PropertySpec spec, object? value, SourceLocation? at)
    {
        row[spec.Name] = ParameterValue(spec, value, at);
        if (spec.Type != PropertyType.PartialDate)
            return;
        var date = value as PartialDate?;
        row[spec.Name + Neo4jModel.EarliestSuffix] = date?.Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        row[spec.Name + Neo4jModel.LatestSuffix] = date?.Latest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>A record value as a JSON parameter of the property's model type.</summary>
    static object? ParameterValue(PropertySpec spec, object? value, SourceLocation? at) => (spec.Type, value) switch
    {
        (_, null) => null,
        (PropertyType.String, string s) => s.Length == 0 ? null : s,
        (PropertyType.Int, long or int or short) => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        (PropertyType.Float, double d) when double.IsFinite(d) => d,
        (PropertyType.Float, float or long or int or decimal) => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        (PropertyType.Boolean, bool b) => b,
        (PropertyType.Date, DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        (PropertyType.PartialDate, PartialDate d) => d.ToString(),
        (PropertyType.StringArray, IEnumerable<string> list) => list.ToArray() is { Length: > 0 } array ? array : null,
        _ => throw new InvalidOperationException(
            $"{Where(at)}{spec.Name} holds a {value.GetType().Name}; the model says {spec.Type}"),
    };

    static string Where(SourceLocation? at) => at is null ? "" : $"{at.File}:{at.Line}: ";
}
