using System.Text.Json.Nodes;

namespace RouteGraph.Api.Tests.Infrastructure;

/// <summary>
/// The rules of RFC 7946 (GeoJSON) a FeatureCollection must follow, checked member by member; returns every violation
/// with its JSON path, so a failing test says what is wrong and where. Covers what map tools rely on: object types,
/// geometry shapes, positions as [longitude, latitude] within range, no "crs" (section 4), feature ids as strings or
/// numbers (section 3.2), bbox length (section 5).
/// </summary>
public static class Rfc7946
{
    static readonly HashSet<string> GeometryTypes = ["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection"];

    public static IReadOnlyList<string> Violations(JsonNode? document)
    {
        var problems = new List<string>();
        if (document is not JsonObject root)
            return ["$: a GeoJSON text is a JSON object"];
        Expect(root, "$", "FeatureCollection", problems);
        CommonMembers(root, "$", problems);
        if (root["features"] is not JsonArray features)
        {
            problems.Add("$.features: a FeatureCollection has a \"features\" array (3.3)");
            return problems;
        }

        var ids = new HashSet<string>();
        for (var i = 0; i < features.Count; i++)
        {
            var path = $"$.features[{i}]";
            if (features[i] is not JsonObject feature)
            {
                problems.Add($"{path}: a feature is an object");
                continue;
            }

            Expect(feature, path, "Feature", problems);
            CommonMembers(feature, path, problems);
            if (!feature.ContainsKey("geometry"))
                problems.Add($"{path}.geometry: a Feature has a \"geometry\" member, an object or null (3.2)");
            else if (feature["geometry"] is { } geometry)
                Geometry(geometry, $"{path}.geometry", problems);
            if (!feature.ContainsKey("properties"))
                problems.Add($"{path}.properties: a Feature has a \"properties\" member, an object or null (3.2)");
            else if (feature["properties"] is { } properties and not JsonObject)
                problems.Add($"{path}.properties: an object or null (3.2)");
            if (feature.ContainsKey("id"))
            {
                if (feature["id"] is not JsonValue id || (id.GetValueKind() != System.Text.Json.JsonValueKind.String && id.GetValueKind() != System.Text.Json.JsonValueKind.Number))
                    problems.Add($"{path}.id: a string or a number (3.2)");
                else if (!ids.Add(id.ToJsonString()))
                    problems.Add($"{path}.id: {id.ToJsonString()} is not unique in the collection");
            }
        }

        return problems;
    }

    static void Expect(JsonObject node, string path, string type, List<string> problems)
    {
        if (node["type"]?.GetValueKind() != System.Text.Json.JsonValueKind.String || node["type"]!.GetValue<string>() != type)
            problems.Add($"{path}.type: expected \"{type}\", found {node["type"]?.ToJsonString() ?? "nothing"}");
    }

    static void CommonMembers(JsonObject node, string path, List<string> problems)
    {
        if (node.ContainsKey("crs"))
            problems.Add($"{path}.crs: RFC 7946 removed \"crs\"; coordinates are WGS 84 (4)");
        if (node["bbox"] is JsonArray bbox && (bbox.Count < 4 || bbox.Count % 2 != 0))
            problems.Add($"{path}.bbox: 2×n numbers (5)");
    }

    static void Geometry(JsonNode node, string path, List<string> problems)
    {
        if (node is not JsonObject geometry || geometry["type"]?.GetValueKind() != System.Text.Json.JsonValueKind.String
            || !GeometryTypes.Contains(geometry["type"]!.GetValue<string>()))
        {
            problems.Add($"{path}: a geometry object with one of the seven geometry types (3.1)");
            return;
        }

        CommonMembers(geometry, path, problems);
        var type = geometry["type"]!.GetValue<string>();
        if (type == "GeometryCollection")
        {
            if (geometry["geometries"] is not JsonArray parts)
                problems.Add($"{path}.geometries: an array (3.1.8)");
            else
                for (var i = 0; i < parts.Count; i++)
                    Geometry(parts[i]!, $"{path}.geometries[{i}]", problems);
            return;
        }

        var coordinates = geometry["coordinates"];
        var at = $"{path}.coordinates";
        switch (type)
        {
            case "Point":
                Position(coordinates, at, problems);
                break;
            case "MultiPoint":
                Positions(coordinates, at, 0, problems);
                break;
            case "LineString":
                Positions(coordinates, at, 2, problems);
                break;
            case "MultiLineString":
                Each(coordinates, at, problems, (line, p) => Positions(line, p, 2, problems));
                break;
            case "Polygon":
                Rings(coordinates, at, problems);
                break;
            case "MultiPolygon":
                Each(coordinates, at, problems, (polygon, p) => Rings(polygon, p, problems));
                break;
        }
    }

    static void Each(JsonNode? node, string path, List<string> problems, Action<JsonNode?, string> check)
    {
        if (node is not JsonArray items)
        {
            problems.Add($"{path}: an array");
            return;
        }

        for (var i = 0; i < items.Count; i++)
            check(items[i], $"{path}[{i}]");
    }

    static void Positions(JsonNode? node, string path, int atLeast, List<string> problems)
    {
        if (node is JsonArray { Count: var count } && count < atLeast)
            problems.Add($"{path}: at least {atLeast} positions (3.1.4)");
        Each(node, path, problems, (position, p) => Position(position, p, problems));
    }

    static void Rings(JsonNode? node, string path, List<string> problems) => Each(node, path, problems, (ring, p) =>
    {
        Positions(ring, p, 4, problems);
        if (ring is JsonArray { Count: >= 4 } positions && positions[0]!.ToJsonString() != positions[^1]!.ToJsonString())
            problems.Add($"{p}: a linear ring is closed, its first and last positions equal (3.1.6)");
    });

    /// <summary>A position is [longitude, latitude] (optionally an altitude): longitude within ±180, latitude within ±90 (3.1.1, 4).</summary>
    static void Position(JsonNode? node, string path, List<string> problems)
    {
        if (node is not JsonArray { Count: 2 or 3 } position || position.Any(n => n is not JsonValue v || v.GetValueKind() != System.Text.Json.JsonValueKind.Number))
        {
            problems.Add($"{path}: a position is 2 or 3 numbers (3.1.1)");
            return;
        }

        var (lon, lat) = (position[0]!.GetValue<double>(), position[1]!.GetValue<double>());
        if (lon is < -180 or > 180)
            problems.Add($"{path}: longitude {lon} is outside -180..180");
        if (lat is < -90 or > 90)
            problems.Add($"{path}: latitude {lat} is outside -90..90");
    }
}
