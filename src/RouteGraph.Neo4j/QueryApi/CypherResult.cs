namespace RouteGraph.Neo4j.QueryApi;

/// <summary>
/// What one statement returned: named fields, rows of decoded values, and, for writes, the
/// server's counters. Values are decoded to string, long, double, bool, DateOnly, byte[],
/// <see cref="IReadOnlyList{T}"/>, <see cref="IReadOnlyDictionary{TKey,TValue}"/>,
/// <see cref="CypherNode"/>, <see cref="CypherRelationship"/>, or <see cref="CypherOtherValue"/> for
/// the types RouteGraph never stores (times, durations, points, paths).
/// </summary>
public sealed record CypherResult(
    IReadOnlyList<string> Fields,
    IReadOnlyList<IReadOnlyList<object?>> Rows,
    QueryCounters Counters,
    IReadOnlyList<string> Bookmarks)
{
    public static CypherResult Empty { get; } = new([], [], QueryCounters.None, []);

    /// <summary>The value of a field in a row, by field name.</summary>
    public object? Value(IReadOnlyList<object?> row, string field)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i] == field)
                return row[i];
        }

        throw new KeyNotFoundException($"The result has no field '{field}' (fields: {string.Join(", ", Fields)}).");
    }
}

/// <summary>A node as Neo4j returns it.</summary>
public sealed record CypherNode(string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A relationship as Neo4j returns it.</summary>
public sealed record CypherRelationship(
    string ElementId,
    string StartElementId,
    string EndElementId,
    string Type,
    IReadOnlyDictionary<string, object?> Properties);

/// <summary>A value of a type RouteGraph does not model, kept as Neo4j's type name and text.</summary>
public sealed record CypherOtherValue(string Type, string Text);

/// <summary>The query counters Neo4j reports for a statement (includeCounters: true).</summary>
public sealed record QueryCounters(
    long NodesCreated = 0,
    long NodesDeleted = 0,
    long RelationshipsCreated = 0,
    long RelationshipsDeleted = 0,
    long PropertiesSet = 0,
    long LabelsAdded = 0,
    long LabelsRemoved = 0,
    long IndexesAdded = 0,
    long IndexesRemoved = 0,
    long ConstraintsAdded = 0,
    long ConstraintsRemoved = 0,
    bool ContainsUpdates = false)
{
    public static QueryCounters None { get; } = new();

    public static QueryCounters operator +(QueryCounters a, QueryCounters b) => new(
        a.NodesCreated + b.NodesCreated,
        a.NodesDeleted + b.NodesDeleted,
        a.RelationshipsCreated + b.RelationshipsCreated,
        a.RelationshipsDeleted + b.RelationshipsDeleted,
        a.PropertiesSet + b.PropertiesSet,
        a.LabelsAdded + b.LabelsAdded,
        a.LabelsRemoved + b.LabelsRemoved,
        a.IndexesAdded + b.IndexesAdded,
        a.IndexesRemoved + b.IndexesRemoved,
        a.ConstraintsAdded + b.ConstraintsAdded,
        a.ConstraintsRemoved + b.ConstraintsRemoved,
        a.ContainsUpdates || b.ContainsUpdates);

    /// <summary>True when the statement changed the data (schema changes aside).</summary>
    public bool ChangedData =>
        NodesCreated + NodesDeleted + RelationshipsCreated + RelationshipsDeleted + PropertiesSet + LabelsAdded + LabelsRemoved > 0;
}
