using System.Globalization;
using System.Text.Json;

namespace RouteGraph.Neo4j.QueryApi;

/// <summary>
/// Reads Query API response bodies: <c>{"data":{"fields":[..],"values":[[..]]},"counters":{..},
/// "bookmarks":[..],"transaction":{"id":..},"errors":[{"code":..,"message":..}]}</c>. Values may be
/// typed JSON (<c>{"$type":"Date","_value":"2022-07-08"}</c>, asked for with
/// <c>Accept: application/vnd.neo4j.query</c>) or plain JSON; both decode to the same .NET values.
/// </summary>
static class QueryApiJson
{
    public const string TypedMediaType = "application/vnd.neo4j.query";

    /// <param name="HasRecords">Whether the answer has the shape of a statement's result (<c>data.fields</c> and <c>data.values</c>).</param>
    public sealed record Response(CypherResult Result, string? TransactionId, IReadOnlyList<(string Code, string Message)> Errors, bool HasRecords);

    public static Response Parse(JsonElement root)
    {
        var errors = new List<(string, string)>();
        if (root.TryGetProperty("errors", out var errs) && errs.ValueKind == JsonValueKind.Array)
        {
            foreach (var e in errs.EnumerateArray())
                errors.Add((Str(e, "code") ?? "Neo.DatabaseError.General.UnknownError", Str(e, "message") ?? Str(e, "error") ?? "(no message)"));
        }

        IReadOnlyList<string> fields = [];
        var rows = new List<IReadOnlyList<object?>>();
        var hasRecords = false;
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            if (data.TryGetProperty("fields", out var f) && f.ValueKind == JsonValueKind.Array)
                fields = [.. f.EnumerateArray().Select(x => x.GetString() ?? "")];
            if (data.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
            {
                hasRecords = f.ValueKind == JsonValueKind.Array;
                foreach (var row in values.EnumerateArray())
                {
                    rows.Add(row.ValueKind == JsonValueKind.Array
                        ? [.. row.EnumerateArray().Select(Decode)]
                        : throw new JsonException("data.values holds a row that is not an array"));
                }
            }
        }

        var counters = root.TryGetProperty("counters", out var c) && c.ValueKind == JsonValueKind.Object ? Counters(c) : QueryCounters.None;
        IReadOnlyList<string> bookmarks = root.TryGetProperty("bookmarks", out var b) && b.ValueKind == JsonValueKind.Array
            ? [.. b.EnumerateArray().Select(x => x.GetString() ?? "")]
            : [];
        var txId = root.TryGetProperty("transaction", out var tx) && tx.ValueKind == JsonValueKind.Object ? Str(tx, "id") : null;
        return new Response(new CypherResult(fields, rows, counters, bookmarks), txId, errors, hasRecords);
    }

    static QueryCounters Counters(JsonElement c) => new(
        Long(c, "nodesCreated"),
        Long(c, "nodesDeleted"),
        Long(c, "relationshipsCreated"),
        Long(c, "relationshipsDeleted"),
        Long(c, "propertiesSet"),
        Long(c, "labelsAdded"),
        Long(c, "labelsRemoved"),
        Long(c, "indexesAdded"),
        Long(c, "indexesRemoved"),
        Long(c, "constraintsAdded"),
        Long(c, "constraintsRemoved"),
        c.TryGetProperty("containsUpdates", out var u) && u.ValueKind == JsonValueKind.True);

    static long Long(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : 0;

    static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>One value, typed or plain.</summary>
    public static object? Decode(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.TryGetInt64(out var l) ? l : e.GetDouble(),
        JsonValueKind.Array => e.EnumerateArray().Select(Decode).ToArray(),
        JsonValueKind.Object when e.TryGetProperty("$type", out var t) && e.TryGetProperty("_value", out var v) =>
            DecodeTyped(t.GetString() ?? "", v),
        JsonValueKind.Object when e.TryGetProperty("elementId", out _) && e.TryGetProperty("labels", out _) => PlainNode(e),
        JsonValueKind.Object when e.TryGetProperty("elementId", out _) && e.TryGetProperty("startNodeElementId", out _) => PlainRelationship(e),
        JsonValueKind.Object => Map(e, Decode),
        _ => throw new JsonException($"unexpected JSON {e.ValueKind}"),
    };

    static object? DecodeTyped(string type, JsonElement v) => type switch
    {
        "Null" => null,
        "Boolean" => v.GetBoolean(),
        "Integer" => v.ValueKind == JsonValueKind.Number ? v.GetInt64() : long.Parse(v.GetString()!, CultureInfo.InvariantCulture),
        "Float" => v.ValueKind == JsonValueKind.Number ? v.GetDouble() : ParseFloat(v.GetString()!),
        "String" => v.GetString(),
        "Date" => DateOnly.ParseExact(v.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        "Base64" => Convert.FromBase64String(v.GetString()!),
        "List" => v.EnumerateArray().Select(Decode).ToArray(),
        "Map" => Map(v, Decode),
        "Node" => new CypherNode(
            v.GetProperty("_element_id").GetString()!,
            [.. v.GetProperty("_labels").EnumerateArray().Select(x => x.GetString()!)],
            v.TryGetProperty("_properties", out var np) ? Map(np, Decode) : Empty),
        "Relationship" => new CypherRelationship(
            v.GetProperty("_element_id").GetString()!,
            v.GetProperty("_start_node_element_id").GetString()!,
            v.GetProperty("_end_node_element_id").GetString()!,
            v.GetProperty("_type").GetString()!,
            v.TryGetProperty("_properties", out var rp) ? Map(rp, Decode) : Empty),
        _ => new CypherOtherValue(type, v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText()),
    };

    static double ParseFloat(string s) => s switch
    {
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    static CypherNode PlainNode(JsonElement e) => new(
        e.GetProperty("elementId").GetString()!,
        [.. e.GetProperty("labels").EnumerateArray().Select(x => x.GetString()!)],
        e.TryGetProperty("properties", out var p) ? Map(p, Decode) : Empty);

    static CypherRelationship PlainRelationship(JsonElement e) => new(
        e.GetProperty("elementId").GetString()!,
        e.GetProperty("startNodeElementId").GetString()!,
        e.GetProperty("endNodeElementId").GetString()!,
        e.GetProperty("type").GetString()!,
        e.TryGetProperty("properties", out var p) ? Map(p, Decode) : Empty);

    static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();

    static IReadOnlyDictionary<string, object?> Map(JsonElement e, Func<JsonElement, object?> decode) =>
        e.EnumerateObject().ToDictionary(p => p.Name, p => decode(p.Value), StringComparer.Ordinal);
}
