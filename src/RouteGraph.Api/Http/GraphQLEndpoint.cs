using System.Diagnostics;
using System.Text;
using System.Text.Json;
using global::GraphQL;
using global::GraphQL.Transport;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using RouteGraph.Api.Caching;
using RouteGraph.Api.Graph;
using RouteGraph.Api.GraphQL;

namespace RouteGraph.Api.Http;

/// <summary>
/// The GraphQL-over-HTTP endpoint (GET and POST on /graphql), written by hand because
/// GraphQL.Server.Transports.AspNetCore is not available here. It reads and checks the HTTP request,
/// negotiates the response media type, hands a well-formed request to <see cref="IGraphQLRequestExecutor"/>,
/// and writes one structured log line per request.
/// </summary>
public sealed partial class GraphQLEndpoint(
    IGraphQLRequestExecutor executor,
    IGraphQLTextSerializer serializer,
    CurrentGraph current,
    GraphiQLPage graphiQL,
    PersistedQueries persistedQueries,
    IOptions<RouteGraphOptions> options,
    ILogger<GraphQLEndpoint> logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        GraphQLHttpResult result;
        string? graphVersion = null;
        try
        {
            if (HttpMethods.IsGet(context.Request.Method) && graphiQL.Wants(context.Request))
            {
                await graphiQL.WriteAsync(context);
                return;
            }

            (result, graphVersion) = await AnswerAsync(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return; // the client went away
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel could not read the request (a body cut short, a bad chunk): the client's fault, not ours
            result = Error(ex.StatusCode, ResponseMediaType.Json, ErrorCodes.BadRequest, $"The request could not be read: {ex.Message}");
        }
        catch (Exception ex)
        {
            LogFault(ex);
            result = Error(StatusCodes.Status500InternalServerError, ResponseMediaType.Json, ErrorCodes.InternalError,
                "Internal error; the server log has the details.");
        }

        context.Response.StatusCode = result.StatusCode;
        context.Response.ContentType = result.ContentType;
        // With CORS origins, whether Access-Control-Allow-Origin is present depends on Origin: shared caches must key on it
        // for every answer (the CORS middleware only says so on requests that carry an Origin).
        context.Response.Headers.Vary = options.Value.Cors.Origins.Length > 0 ? "Accept, Origin" : "Accept";
        foreach (var (name, value) in result.Headers ?? new Dictionary<string, string>())
            context.Response.Headers[name] = value;
        if (result.StatusCode != StatusCodes.Status304NotModified) // a 304 (If-None-Match, Caching/) has no body
        {
            context.Response.ContentLength = result.Body.Length;
            await context.Response.Body.WriteAsync(result.Body, context.RequestAborted);
        }

        LogRequest(context.Request.Method, result.OperationName ?? "(anonymous)", Stopwatch.GetElapsedTime(started).TotalMilliseconds,
            result.Outcome.ToString().ToLowerInvariant(), result.StatusCode, graphVersion ?? "(none)",
            result.Headers?.GetValueOrDefault(Caching.CachingGraphQLRequestExecutor.CacheHeader) ?? "BYPASS");
    }

    async Task<(GraphQLHttpResult, string?)> AnswerAsync(HttpContext context)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
            return (Error(StatusCodes.Status405MethodNotAllowed, ResponseMediaType.Json, ErrorCodes.MethodNotAllowed,
                $"{request.Method} is not supported on this endpoint; use GET (queries) or POST.", ("Allow", "GET, POST")), null);

        if (Negotiate(request.Headers.Accept) is not { } mediaType)
            return (Error(StatusCodes.Status406NotAcceptable, ResponseMediaType.Json, ErrorCodes.NotAcceptable,
                $"The Accept header allows neither {MediaTypes.GraphQLResponse} nor {MediaTypes.Json}."), null);

        var (graphQLRequest, problem) = isGet ? ReadQueryString(request.Query) : await ReadBodyAsync(request, context.RequestAborted);
        if (problem is not null)
            return (problem with { ContentType = MediaTypes.ContentType(mediaType) }, null);
        // Automatic persisted queries (Caching/PersistedQueries.cs): a hash-only request gets its document here.
        if (await persistedQueries.ResolveAsync(graphQLRequest!) is { } refusal)
            return (Error(refusal.StatusCode, mediaType, refusal.Code, refusal.Message, refusal.Headers), null);
        if (string.IsNullOrWhiteSpace(graphQLRequest!.Query))
            return (Error(StatusCodes.Status400BadRequest, mediaType, ErrorCodes.BadRequest,
                "The request has no query: send the GraphQL document as the 'query' parameter (GET) or member (POST body)."), null);

        if (current.Graph is not { } graph)
            return (Error(StatusCodes.Status503ServiceUnavailable, mediaType, ErrorCodes.GraphNotLoaded,
                "No graph is loaded yet; see /health/ready for why. Try again shortly.", ("Retry-After", "5")), null);

        var result = await executor.ExecuteAsync(
            new GraphQLHttpRequest(graphQLRequest.Query, graphQLRequest.OperationName, graphQLRequest.Variables, graphQLRequest.Extensions,
                isGet, mediaType),
            graph, context.RequestAborted);
        return (result, graph.Version);
    }

    /// <summary>
    /// Picks the response media type from Accept (quality values honoured; on a tie the GraphQL media type wins).
    /// No Accept header, or only wildcards: application/graphql-response+json. Null when nothing acceptable.
    /// </summary>
    public static ResponseMediaType? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept))
            return ResponseMediaType.GraphQLResponseJson;
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges))
            return ResponseMediaType.GraphQLResponseJson;

        double Quality(string mediaType)
        {
            var best = -1.0;
            var specificity = -1;
            foreach (var range in ranges)
            {
                var type = range.MediaType.Value ?? "";
                var s = type == "*/*" ? 0
                    : type.Equals("application/*", StringComparison.OrdinalIgnoreCase) ? 1
                    : type.Equals(mediaType, StringComparison.OrdinalIgnoreCase) ? 2 : -1;
                if (s > specificity)
                {
                    specificity = s;
                    best = range.Quality ?? 1.0;
                }
            }

            return best;
        }

        var graphQL = Quality(MediaTypes.GraphQLResponse);
        var json = Quality(MediaTypes.Json);
        if (graphQL <= 0 && json <= 0)
            return null;
        return graphQL >= json ? ResponseMediaType.GraphQLResponseJson : ResponseMediaType.Json;
    }

    (GraphQLRequest?, GraphQLHttpResult?) ReadQueryString(IQueryCollection query)
    {
        foreach (var name in new[] { "query", "operationName", "variables", "extensions" })
        {
            if (query.TryGetValue(name, out var values) && values.Count > 1)
                return (null, Error(StatusCodes.Status400BadRequest, ResponseMediaType.Json, ErrorCodes.BadRequest,
                    $"The '{name}' parameter is given {values.Count} times; give it once."));
        }

        try
        {
            return (new GraphQLRequest
            {
                Query = query["query"].FirstOrDefault(),
                OperationName = NullIfEmpty(query["operationName"].FirstOrDefault()),
                Variables = ReadObject("variables", query["variables"].FirstOrDefault()),
                Extensions = ReadObject("extensions", query["extensions"].FirstOrDefault()),
            }, null);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or NotSupportedException)
        {
            return (null, BadParameter(ex.Message));
        }
    }

    /// <summary>A GET parameter holding a JSON object (variables, extensions): null when absent or JSON null.</summary>
    Inputs? ReadObject(string name, string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
            return null;
        using (var document = JsonDocument.Parse(json))
        {
            if (document.RootElement.ValueKind == JsonValueKind.Null)
                return null;
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new FormatException($"The '{name}' parameter must be a JSON object.");
        }

        return serializer.Deserialize<Inputs>(json);
    }

    GraphQLHttpResult BadParameter(string reason) => Error(StatusCodes.Status400BadRequest, ResponseMediaType.Json, ErrorCodes.BadRequest,
        $"A GET parameter is not usable: {reason}");

    async Task<(GraphQLRequest?, GraphQLHttpResult?)> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            || (contentType.Charset.HasValue
                && !HeaderUtilities.RemoveQuotes(contentType.Charset).Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
            return (null, Error(StatusCodes.Status415UnsupportedMediaType, ResponseMediaType.Json, ErrorCodes.UnsupportedMediaType,
                $"POST bodies must be {MediaTypes.Json} (UTF-8); the request says '{request.ContentType ?? "nothing"}'."));

        var max = options.Value.Limits.MaxBodyBytes;
        if (request.ContentLength > max)
            return (null, TooLarge(max));
        var body = await ReadAtMostAsync(request.Body, max + 1, cancellationToken);
        if (body.Length > max)
            return (null, TooLarge(max));
        // A UTF-8 byte order mark (Windows tools write one) is not JSON; RFC 8259 lets a parser ignore it.
        if (body.AsSpan().StartsWith(Encoding.UTF8.Preamble))
            body = body[Encoding.UTF8.Preamble.Length..];
        if (body.Length == 0)
            return (null, Error(StatusCodes.Status400BadRequest, ResponseMediaType.Json, ErrorCodes.BadRequest,
                "The POST body is empty; send a JSON object with a 'query' member."));

        try
        {
            using (var check = JsonDocument.Parse(body))
            {
                if (check.RootElement.ValueKind != JsonValueKind.Object)
                    return (null, BadBody("the body must be one JSON object (batches are not supported)"));
                foreach (var (name, kind) in new[] { ("query", JsonValueKind.String), ("operationName", JsonValueKind.String),
                             ("variables", JsonValueKind.Object), ("extensions", JsonValueKind.Object) })
                {
                    if (check.RootElement.TryGetProperty(name, out var member) && member.ValueKind is not JsonValueKind.Null && member.ValueKind != kind)
                        return (null, BadBody($"'{name}' must be a {(kind == JsonValueKind.String ? "string" : "JSON object")} or null"));
                }
            }

            return (serializer.Deserialize<GraphQLRequest>(Encoding.UTF8.GetString(body)), null);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or NotSupportedException)
        {
            return (null, BadBody(ex.Message));
        }
    }

    static async Task<byte[]> ReadAtMostAsync(Stream stream, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while (buffer.Length < limit && (read = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)), cancellationToken)) > 0)
            buffer.Write(chunk, 0, read);
        return buffer.ToArray();
    }

    GraphQLHttpResult TooLarge(int max) => Error(StatusCodes.Status413PayloadTooLarge, ResponseMediaType.Json, ErrorCodes.RequestTooLarge,
        $"The request body is larger than {max} bytes.");

    GraphQLHttpResult BadBody(string reason) => Error(StatusCodes.Status400BadRequest, ResponseMediaType.Json, ErrorCodes.BadRequest,
        $"The body is not a GraphQL request: {reason}");

    /// <summary>An answer refused at the HTTP level, still in the GraphQL response shape.</summary>
    GraphQLHttpResult Error(int status, ResponseMediaType mediaType, string code, string message, params (string Name, string Value)[] headers)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new ErrorBody([new ErrorEntry(message, new ErrorExtensions(code))]), ErrorBodyContext.Default.ErrorBody);
        return new GraphQLHttpResult(status, MediaTypes.ContentType(mediaType), body, GraphQLOutcome.Rejected, null,
            headers.Length == 0 ? null : headers.ToDictionary(h => h.Name, h => h.Value));
    }

    static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    [LoggerMessage(Level = LogLevel.Information,
        Message = "GraphQL {Method} {OperationName} {Outcome} in {DurationMs:0.0} ms (status {StatusCode}, graph {GraphVersion}, cache={Cache})")]
    partial void LogRequest(string method, string operationName, double durationMs, string outcome, int statusCode, string graphVersion, string cache);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected fault answering a GraphQL request")]
    partial void LogFault(Exception exception);
}

sealed record ErrorBody(IReadOnlyList<ErrorEntry> Errors);

sealed record ErrorEntry(string Message, ErrorExtensions Extensions);

sealed record ErrorExtensions(string Code);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(ErrorBody))]
sealed partial class ErrorBodyContext : System.Text.Json.Serialization.JsonSerializerContext;
