using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using global::GraphQL;
using global::GraphQL.Transport;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using RouteGraph.Api.GraphQL;

namespace RouteGraph.Api.Http;

/// <summary>
/// Reads a GraphQL-over-HTTP request, once: the GET query string, or the POST body as one JSON document. Everything that is
/// not a GraphQL request (a bad media type, too many bytes, a body cut short or badly chunked, bytes that are not UTF-8, JSON
/// that is not an object of the right members) is a <see cref="Refusal"/> with a plain message, never a 500.
/// </summary>
public sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer, IOptions<RouteGraphOptions> options)
{
    static readonly string[] Parameters = ["query", "operationName", "variables", "extensions"];

    /// <summary>Why the HTTP request is not a GraphQL request.</summary>
    public sealed class Refusal(int statusCode, string code, string message) : Exception(message)
    {
        public int StatusCode { get; } = statusCode;

        public string Code { get; } = code;
    }

    public GraphQLRequest ReadQueryString(IQueryCollection query)
    {
        foreach (var name in Parameters)
        {
            if (query.TryGetValue(name, out var values) && values.Count > 1)
                throw BadRequest($"The '{name}' parameter is given {values.Count} times; give it once.");
        }

        return new GraphQLRequest
        {
            Query = query["query"].FirstOrDefault(),
            OperationName = NullIfEmpty(query["operationName"].FirstOrDefault()),
            Variables = ReadParameter("variables", query["variables"].FirstOrDefault()),
            Extensions = ReadParameter("extensions", query["extensions"].FirstOrDefault()),
        };
    }

    public async Task<GraphQLRequest> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            || (contentType.Charset.HasValue && !HeaderUtilities.RemoveQuotes(contentType.Charset).Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
            throw new Refusal(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                $"POST bodies must be {MediaTypes.Json} (UTF-8); the request says '{request.ContentType ?? "nothing"}'.");

        var max = options.Value.Limits.MaxBodyBytes;
        if (request.ContentLength > max)
            throw TooLarge(max);
        var (buffer, length) = await ReadAtMostAsync(request.Body, max + 1, request.ContentLength, cancellationToken);
        try
        {
            if (length > max)
                throw TooLarge(max);
            return ParseBody(buffer.AsMemory(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The request in a POST body; nothing read from it refers to the (pooled) bytes afterwards.</summary>
    GraphQLRequest ParseBody(ReadOnlyMemory<byte> json)
    {
        // A UTF-8 byte order mark (Windows tools write one) is not JSON; RFC 8259 lets a parser ignore it.
        if (json.Span.StartsWith(Encoding.UTF8.Preamble))
            json = json[Encoding.UTF8.Preamble.Length..];
        if (json.IsEmpty)
            throw BadRequest("The POST body is empty; send a JSON object with a 'query' member.");
        // System.Text.Json checks UTF-8 only where it decodes a string; a GraphQL request must be valid UTF-8 throughout.
        if (!Utf8.IsValid(json.Span))
            throw BadBody("it is not valid UTF-8");

        using var document = Parse(json, "The body");
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            throw BadBody("the body must be one JSON object (batches are not supported)");
        return new GraphQLRequest
        {
            Query = String(root, "query"),
            OperationName = NullIfEmpty(String(root, "operationName")),
            Variables = Object(root, "variables"),
            Extensions = Object(root, "extensions"),
        };
    }

    /// <summary>
    /// Reads at most <paramref name="limit"/> bytes into a pooled buffer (the caller returns it): one rented array of the
    /// announced length for a typical request, no copy. A body Kestrel cannot read (cut short, a bad chunk) is the client's fault.
    /// </summary>
    static async Task<(byte[] Buffer, int Length)> ReadAtMostAsync(Stream stream, int limit, long? contentLength, CancellationToken cancellationToken)
    {
        // One byte more than announced, so the read that finds the end has room (and a longer body is noticed).
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Clamp((contentLength ?? 16 * 1024) + 1, 1, limit));
        var length = 0;
        try
        {
            while (length < limit)
            {
                if (length == buffer.Length)
                {
                    var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min(2L * buffer.Length, limit));
                    buffer.AsSpan(0, length).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }

                var read = await stream.ReadAsync(buffer.AsMemory(length, Math.Min(buffer.Length, limit) - length), cancellationToken);
                if (read == 0)
                    break;
                length += read;
            }

            return (buffer, length);
        }
        catch (Exception ex)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            // BadHttpRequestException ("Bad chunk size data", "Unexpected end of request content") is an IOException.
            if (ex is IOException && !cancellationToken.IsCancellationRequested)
                throw BadRequest($"The request body could not be read: {ex.Message}");
            throw;
        }
    }

    /// <summary>A GET parameter holding a JSON object (variables, extensions): null when absent or JSON null.</summary>
    Inputs? ReadParameter(string name, string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
            return null;
        using var document = Parse(Encoding.UTF8.GetBytes(json), $"The '{name}' parameter");
        return Inputs(document.RootElement, name);
    }

    static JsonDocument Parse(ReadOnlyMemory<byte> json, string what)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw BadRequest($"{what} is not JSON: malformed at line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}.");
        }
    }

    static string? String(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var member) || member.ValueKind == JsonValueKind.Null)
            return null;
        if (member.ValueKind != JsonValueKind.String)
            throw BadBody($"'{name}' must be a string or null");
        try
        {
            return member.GetString();
        }
        catch (InvalidOperationException)
        {
            throw BadBody($"'{name}' holds an escape that is not Unicode text (an unpaired surrogate such as \\ud800)");
        }
    }

    Inputs? Object(JsonElement root, string name) =>
        root.TryGetProperty(name, out var member) ? Inputs(member, name) : null;

    /// <summary>A JSON object as graphql-dotnet's inputs; null for JSON null.</summary>
    Inputs? Inputs(JsonElement element, string name)
    {
        if (element.ValueKind == JsonValueKind.Null)
            return null;
        if (element.ValueKind != JsonValueKind.Object)
            throw BadBody($"'{name}' must be a JSON object or null");
        try
        {
            return serializer.ReadNode<Inputs>(element);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or NotSupportedException)
        {
            // The converter's own message names its .NET types; the client needs to know what in its request to fix.
            throw BadBody($"'{name}' holds a value that cannot be read (an unpaired surrogate escape such as \\ud800, or a number out of range)");
        }
    }

    static Refusal TooLarge(int max) => new(StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge, $"The request body is larger than {max} bytes.");

    static Refusal BadBody(string reason) => BadRequest($"Not a GraphQL request: {reason}.");

    static Refusal BadRequest(string message) => new(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, message);

    static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
