using System.Globalization;
using RouteGraph.Core.Graph;
using RouteGraph.Core.Model;
using RouteGraph.Neo4j.Cypher;
using RouteGraph.Neo4j.QueryApi;

namespace RouteGraph.Neo4j.Load;

/// <summary>
/// Turns what Neo4j returns into the store-neutral records of Core, typed as <see cref="GraphSchema"/>
/// says (string, long, double, bool, DateOnly, string[]). An absent value, or an empty string, is
/// left out, as an empty CSV cell is. Properties outside the model are ignored; a value of the wrong
/// type is a problem located at <c>neo4j:Label:id</c>.
/// </summary>
public static class Neo4jRecordMapper
{
    public static NodeRecord? ToNodeRecord(NodeLabel label, CypherNode node, ICollection<GraphProblem> problems)
    {
        var id = node.Properties.GetValueOrDefault(Neo4jModel.IdProperty) as string;
        if (string.IsNullOrEmpty(id))
        {
            problems.Add(new GraphProblem(new SourceLocation($"neo4j:{label}:{node.ElementId}", 0, 0), $"a {label} node has no string id"));
            return null;
        }

        var at = new SourceLocation($"neo4j:{label}:{id}", 0, 0);
        return new NodeRecord(label, id, Properties(GraphSchema.For(label).Properties, node.Properties, at, problems), at);
    }

    public static RelationshipRecord? ToRelationshipRecord(
        RelationType type, object? fromId, object? toId, CypherRelationship relationship, ICollection<GraphProblem> problems)
    {
        if (fromId is not string from || toId is not string to || from.Length == 0 || to.Length == 0)
        {
            problems.Add(new GraphProblem(new SourceLocation($"neo4j:{type}:{relationship.ElementId}", 0, 0),
                $"a {type} relationship connects a node without a string id"));
            return null;
        }

        var at = new SourceLocation($"neo4j:{type}:{from}->{to}", 0, 0);
        return new RelationshipRecord(type, from, to, Properties(GraphSchema.For(type).Properties, relationship.Properties, at, problems), at);
    }

    static Dictionary<string, object?> Properties(
        IReadOnlyList<PropertySpec> specs, IReadOnlyDictionary<string, object?> stored, SourceLocation at, ICollection<GraphProblem> problems)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var spec in specs)
        {
            if (!stored.TryGetValue(spec.Name, out var raw) || raw is null)
                continue;
            if (TryConvert(spec.Type, raw, out var value))
            {
                if (value is not null)
                    result[spec.Name] = value;
            }
            else
            {
                problems.Add(new GraphProblem(at, $"{spec.Name}: expected {Describe(spec.Type)}, found {Describe(raw)}"));
            }
        }

        return result;
    }

    /// <summary>Converts a stored value to the model's type; a date stored as an ISO string is accepted too.</summary>
    public static bool TryConvert(PropertyType type, object raw, out object? value)
    {
        value = (type, raw) switch
        {
            (PropertyType.String, string s) => s.Length == 0 ? null : s,
            (PropertyType.Int, long l) => l,
            (PropertyType.Int, double d) when Math.Floor(d) == d && Math.Abs(d) < 9e15 => (long)d,
            (PropertyType.Float, double d) => d,
            (PropertyType.Float, long l) => (double)l,
            (PropertyType.Boolean, bool b) => b,
            (PropertyType.Date, DateOnly d) => d,
            (PropertyType.Date, string s) when DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
            (PropertyType.PartialDate, string s) when PartialDate.TryParse(s, out var partial, out _) => partial,
            (PropertyType.PartialDate, DateOnly d) => PartialDate.Of(d),
            (PropertyType.StringArray, IEnumerable<object?> list) when list.All(x => x is string) =>
                list.Cast<string>().ToArray() is { Length: > 0 } array ? array : null,
            _ => Invalid,
        };
        if (ReferenceEquals(value, Invalid))
        {
            value = null;
            return false;
        }

        return true;
    }

    static readonly object Invalid = new();

    static string Describe(PropertyType type) => type switch
    {
        PropertyType.String => "a string",
        PropertyType.Int => "an integer",
        PropertyType.Float => "a number",
        PropertyType.Boolean => "a boolean",
        PropertyType.Date => "a date",
        PropertyType.PartialDate => "a date string (yyyy, yyyy-MM or yyyy-MM-dd)",
        PropertyType.StringArray => "a list of strings",
        _ => type.ToString(),
    };

    static string Describe(object raw) => raw switch
    {
        string s => $"the string \"{(s.Length > 40 ? s[..40] + "..." : s)}\"",
        long or double => $"the number {Convert.ToString(raw, CultureInfo.InvariantCulture)}",
        bool b => b ? "true" : "false",
        DateOnly d => $"the date {d:yyyy-MM-dd}",
        CypherOtherValue o => $"a {o.Type} {o.Text}",
        IEnumerable<object?> => "a list",
        _ => raw.GetType().Name,
    };
}
