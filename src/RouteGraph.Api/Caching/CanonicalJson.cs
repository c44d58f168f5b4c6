using System.Buffers;
using System.Text;
using System.Text.Json;

namespace RouteGraph.Api.Caching;

/// <summary>
/// Variables in one spelling for the cache key: JSON with object members sorted by name (ordinal) at every depth and no
/// whitespace, so <c>{"b":1,"a":2}</c> and <c>{ "a": 2, "b": 1 }</c> share a key.
/// </summary>
public static class CanonicalJson
{
    /// <summary>The canonical form of JSON text (variables as graphql-dotnet's serializer writes them; <c>{}</c> when none).</summary>
    public static string Write(string? json)
    {
        if (string.IsNullOrEmpty(json) || json == "null")
            return "{}";
        using var document = JsonDocument.Parse(json);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
            Write(writer, document.RootElement);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    static void Write(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var member in element.EnumerateObject().OrderBy(m => m.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(member.Name);
                    Write(writer, member.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                    Write(writer, item);
                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
