using System.Globalization;
using System.Text;
using RouteGraph.Neo4j.Cypher;

namespace RouteGraph.Neo4j.Export;

/// <summary>
/// Writes values as Cypher literals for the exported script's <c>:param</c> lines. Strings are
/// single-quoted with backslash, quote and control characters escaped, so no value can end its
/// literal; map keys must be plain identifiers.
/// </summary>
public static class CypherLiteral
{
    public static string Of(object? value)
    {
        var text = new StringBuilder();
        Append(text, value);
        return text.ToString();
    }

    public static void Append(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case string s:
                AppendString(text, s);
                break;
            case bool b:
                text.Append(b ? "true" : "false");
                break;
            case long or int or short:
                text.Append(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case double or float:
                var d = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                if (!double.IsFinite(d))
                    throw new ArgumentException($"{d} has no Cypher literal");
                var r = d.ToString("R", CultureInfo.InvariantCulture);
                text.Append(r.Contains('.') || r.Contains('E') ? r : r + ".0");
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                text.Append('{');
                var first = true;
                foreach (var (key, v) in map)
                {
                    text.Append(first ? "" : ", ").Append(Neo4jModel.Identifier(key)).Append(": ");
                    Append(text, v);
                    first = false;
                }

                text.Append('}');
                break;
            case System.Collections.IEnumerable list:
                text.Append('[');
                var firstItem = true;
                foreach (var item in list)
                {
                    text.Append(firstItem ? "" : ", ");
                    Append(text, item);
                    firstItem = false;
                }

                text.Append(']');
                break;
            default:
                throw new ArgumentException($"{value.GetType().Name} has no Cypher literal here");
        }
    }

    static void AppendString(StringBuilder text, string s)
    {
        text.Append('\'');
        foreach (var c in s)
        {
            switch (c)
            {
                case '\\': text.Append(@"\\"); break;
                case '\'': text.Append(@"\'"); break;
                case '\n': text.Append(@"\n"); break;
                case '\r': text.Append(@"\r"); break;
                case '\t': text.Append(@"\t"); break;
                case < ' ' or '\u2028' or '\u2029' or '\u0085':
                    text.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default: text.Append(c); break;
            }
        }

        text.Append('\'');
    }
}
