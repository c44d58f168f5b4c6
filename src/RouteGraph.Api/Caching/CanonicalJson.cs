using System.Buffers;
using System.Collections;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace RouteGraph.Api.Caching;

/// <summary>
/// Variables in one spelling: JSON with object members sorted by name (ordinal), no whitespace, so
/// <c>{"b":1,"a":2}</c> and <c>{ "a": 2, "b": 1 }</c> share a cache key.
/// </summary>
public static class CanonicalJson
{
    /// <summary>The canonical JSON of the variables (<c>{}</c> when none); false when a value has a type JSON cannot hold here.</summary>
    public static bool TryWrite(IEnumerable<KeyValuePair<string, object?>>? variables, out string json)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            if (!TryWriteValue(writer, variables is null ? new Dictionary<string, object?>() : variables))
            {
                json = "";
                return false;
            }
        }

        json = Encoding.UTF8.GetString(buffer.WrittenSpan);
        return true;
    }

    static bool TryWriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                return true;
            case string s:
                writer.WriteStringValue(s);
                return true;
            case bool b:
                writer.WriteBooleanValue(b);
                return true;
            case int or long or short or sbyte or byte or ushort or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                return true;
            case ulong u:
                writer.WriteNumberValue(u);
                return true;
            case double d when double.IsFinite(d):
                writer.WriteNumberValue(d);
                return true;
            case float f when float.IsFinite(f):
                writer.WriteNumberValue(f);
                return true;
            case decimal m:
                writer.WriteNumberValue(m);
                return true;
            case BigInteger big:
                writer.WriteRawValue(big.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return true;
            case IEnumerable<KeyValuePair<string, object?>> members:
                writer.WriteStartObject();
                foreach (var (name, member) in members.OrderBy(m => m.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(name);
                    if (!TryWriteValue(writer, member))
                        return false;
                }

                writer.WriteEndObject();
                return true;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    if (!TryWriteValue(writer, item))
                        return false;
                }

                writer.WriteEndArray();
                return true;
            default:
                return false;
        }
    }
}
