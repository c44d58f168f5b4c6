using System.Diagnostics;
using global::GraphQL;
using global::GraphQL.Execution;
using global::GraphQL.Transport;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using RouteGraph.Api.Caching;
using RouteGraph.Api.Graph;
using RouteGraph.Api.GraphQL;
using RouteGraph.Api.GraphQL.Validation;
using RouteGraph.Api.Metrics;
using RouteGraph.Core.Graph;

namespace RouteGraph.Api.Http;

/// <summary>
/// The GraphQL-over-HTTP endpoint (GET and POST on /graphql), shaped like graphql-dotnet/server's GraphQLHttpMiddleware
/// (whose package cannot be restored here): read the request once (<see cref="GraphQLRequestReader"/>), parse it once and
/// hand the parsed document to graphql-dotnet, take the status from the result, and write every answer, errors included,
/// through graphql-dotnet's serializer. "GET runs queries only" is a validation rule (<see cref="OperationTypeRule"/>); the
/// cheap limits run before the expensive validation rules (<see cref="DocumentLimitsRule"/>); persisted queries and the
/// response cache are one step each (Caching/). One structured log line per request.
/// </summary>
public sealed partial class GraphQLHttpMiddleware(
    GraphQLRunner runner,
    IGraphQLTextSerializer serializer,
    GraphQLRequestReader reader,
    CurrentGraph current,
    GraphiQLPage graphiQL,
    PersistedQueries persistedQueries,
    ResponseCache responses,
    DocumentCache documents,
    ApiMetrics metrics,
    IOptions<RouteGraphOptions> options,
    TimeProvider clock,
    ILogger<GraphQLHttpMiddleware> logger)
{
    public const string CacheHeader = "X-Cache";
    public const string GraphVersionHeader = "X-Graph-Version";

    /// <summary>Caches may keep a GET answer but must ask again each time; the ETag makes asking cheap (304).</summary>
    public const string GetCacheControl = "public, max-age=0, must-revalidate";

    public async Task InvokeAsync(HttpContext context)
    {
        // With CORS origins, whether Access-Control-Allow-Origin is present depends on Origin: shared caches must key on it
        // for every answer and the IDE page (the CORS middleware only says so on requests that carry an Origin).
        context.Response.Headers.Vary = options.Value.Cors.Origins.Length > 0 ? "Accept, Origin" : "Accept";
        if (HttpMethods.IsGet(context.Request.Method) && graphiQL.Wants(context.Request))
        {
            await graphiQL.WriteAsync(context);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        Answer answer;
        try
        {
            answer = await AnswerAsync(context, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return; // the client went away: nothing to write, and the work stopped with it
        }
        catch (Exception ex)
        {
            LogFault(ex);
            answer = Refuse(StatusCodes.Status500InternalServerError, ResponseMediaType.Json, ErrorCodes.InternalError,
                "Internal error; the server log has the details.");
        }

        await WriteAsync(context, answer);
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (answer.GraphVersion is not null)
        {
            metrics.Answered(answer.Cache, answer.Outcome.ToString().ToLowerInvariant(), elapsed);
            // ASP.NET Core's own http.server.request.duration gets the cache outcome as a tag too.
            context.Features.Get<IHttpMetricsTagsFeature>()?.Tags.Add(new("routegraph.cache", answer.Cache.Label()));
        }

        LogRequest(context.Request.Method, LogText.Safe(answer.OperationName), elapsed.TotalMilliseconds, answer.Outcome.ToString().ToLowerInvariant(),
            answer.Status, answer.GraphVersion ?? "(none)", answer.GraphVersion is null ? "BYPASS" : answer.Cache.Header());
    }

    async Task<Answer> AnswerAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var http = context.Request;
        var isGet = HttpMethods.IsGet(http.Method);
        if (!isGet && !HttpMethods.IsPost(http.Method))
            return Refuse(StatusCodes.Status405MethodNotAllowed, ResponseMediaType.Json, ErrorCodes.MethodNotAllowed,
                $"{http.Method} is not supported on this endpoint; use GET (queries) or POST.") with { Allow = "GET, POST" };
        if (MediaTypes.Negotiate(http.Headers.Accept) is not { } mediaType)
            return Refuse(StatusCodes.Status406NotAcceptable, ResponseMediaType.Json, ErrorCodes.NotAcceptable,
                $"The Accept header allows neither {MediaTypes.GraphQLResponse} nor {MediaTypes.Json}.");

        GraphQLRequest request;
        try
        {
            request = isGet ? reader.ReadQueryString(http.Query) : await reader.ReadBodyAsync(http, cancellationToken);
        }
        catch (GraphQLRequestReader.Refusal refusal)
        {
            return Refuse(refusal.StatusCode, ResponseMediaType.Json, refusal.Code, refusal.Message);
        }

        var (persisted, hashToRegister) = await persistedQueries.ResolveAsync(request, cancellationToken);
        if (persisted is not null)
            return Refuse(persisted.StatusCode, mediaType, persisted.Code, persisted.Message) with { NoStore = persisted.NoStore };
        if (string.IsNullOrWhiteSpace(request.Query))
            return Refuse(StatusCodes.Status400BadRequest, mediaType, ErrorCodes.BadRequest,
                "The request has no query: send the GraphQL document as the 'query' parameter (GET) or member (POST body).");
        if (current.Graph is not { } graph)
            return Refuse(StatusCodes.Status503ServiceUnavailable, mediaType, ErrorCodes.GraphNotLoaded,
                "No graph is loaded yet; see /health/ready for why. Try again shortly.") with { RetryAfter = "5" };

        var answer = await ExecuteOrReuseAsync(context, request, graph, mediaType, isGet, cancellationToken) with { GraphVersion = graph.Version };
        if (hashToRegister is not null && answer.Outcome != GraphQLOutcome.Rejected)
            await persistedQueries.RegisterAsync(hashToRegister, request.Query, cancellationToken);
        return answer;
    }

    /// <summary>Checks the document's length, parses it once, and answers from the response cache or by executing it.</summary>
    async Task<Answer> ExecuteOrReuseAsync(HttpContext context, GraphQLRequest request, PolicyGraph graph, ResponseMediaType mediaType, bool isGet,
        CancellationToken cancellationToken)
    {
        var query = request.Query!;
        var limit = options.Value.Limits.MaxDocumentLength;
        if (query.Length > limit)
            return Reject(mediaType, new LimitExceededError(default, ErrorCodes.DocumentTooLarge,
                $"The document is {query.Length} characters long; at most {limit} are allowed.", limit, query.Length));

        ParsedDocument parsed;
        try
        {
            parsed = documents.Parse(query);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return Reject(mediaType, new ExecutionError("The document nests too deeply to read.") { Code = ErrorCodes.MaxDepthExceeded });
        }
        catch (GraphQLSyntaxErrorException ex)
        {
            return Reject(mediaType, new SyntaxError(ex) { Code = ErrorCodes.ParseFailed });
        }

        // Today is read once: the answer, the cache key and the ETag all speak of the same day.
        var today = Today(clock);
        var operation = parsed.Operation(request.OperationName);
        if (!responses.Enabled || ResponseCache.OptedOut(context.Request) || operation is not { Operation: OperationType.Query })
            return await ExecuteAsync(request, parsed, graph, today, mediaType, isGet, context.RequestServices, cancellationToken)
                with { Cache = responses.Enabled ? CacheOutcome.Bypass : CacheOutcome.Off };

        var variables = CanonicalJson.Write(request.Variables is null ? null : serializer.Serialize(request.Variables));
        var key = ResponseCache.Key(graph.Version, today.ToString("yyyy-MM-dd"), operation.Name?.StringValue ?? "", variables, parsed.Normalized);
        Answer? executed = null;
        var (body, hit) = await responses.GetOrAddAsync(key, async token =>
        {
            executed = await ExecuteAsync(request, parsed, graph, today, mediaType, isGet, context.RequestServices, token);
            // An answer with errors, or one a resolver marked uncacheable (a what-if scenario), is never stored.
            return (executed.Body, executed is { Status: StatusCodes.Status200OK, Outcome: GraphQLOutcome.Ok, Cacheable: true });
        }, cancellationToken);

        var answer = hit || executed is null
            ? new Answer(StatusCodes.Status200OK, mediaType, body, GraphQLOutcome.Ok, operation.Name?.StringValue ?? request.OperationName, CacheOutcome.Hit)
            : executed with { Cache = CacheOutcome.Miss };
        if (!isGet || answer is not { Status: StatusCodes.Status200OK, Outcome: GraphQLOutcome.Ok, Cacheable: true })
            return answer;

        // GET answers may be kept by browsers and CDNs, and revalidated for the price of a 304 (the key changes with the data).
        var etag = ResponseCache.ETag(key, mediaType == ResponseMediaType.Json ? "json" : null);
        return answer with { ETag = etag, Status = ResponseCache.NotModified(context.Request, etag) ? StatusCodes.Status304NotModified : answer.Status };
    }

    async Task<Answer> ExecuteAsync(GraphQLRequest request, ParsedDocument parsed, PolicyGraph graph, DateOnly today, ResponseMediaType mediaType,
        bool isGet, IServiceProvider requestServices, CancellationToken cancellationToken)
    {
        var (result, userContext) = await runner.RunAsync(request, parsed, graph, today, isGet, requestServices, cancellationToken);
        var operationName = parsed.Operation(request.OperationName)?.Name?.StringValue ?? request.OperationName;
        var body = await SerializeAsync(result, cancellationToken);
        if (result.Errors?.OfType<HttpMethodError>().Any() == true)
            return new Answer(StatusCodes.Status405MethodNotAllowed, mediaType, body, GraphQLOutcome.Rejected, operationName, CacheOutcome.Bypass) { Allow = "POST" };
        var outcome = !result.Executed ? GraphQLOutcome.Rejected : result.Errors is { Count: > 0 } ? GraphQLOutcome.Errors : GraphQLOutcome.Ok;
        return new Answer(StatusFor(mediaType, result.Executed), mediaType, body, outcome, operationName, CacheOutcome.Bypass) { Cacheable = userContext.Cacheable };
    }

    /// <summary>The day questions without a day are about: today in UTC, by the injected clock.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>application/graphql-response+json: 400 when nothing executed; application/json: always 200.</summary>
    static int StatusFor(ResponseMediaType mediaType, bool executed) =>
        mediaType == ResponseMediaType.Json || executed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;

    /// <summary>A document refused before execution (too long, not GraphQL): the status the media type gives such a refusal.</summary>
    Answer Reject(ResponseMediaType mediaType, ExecutionError error) =>
        new(StatusFor(mediaType, executed: false), mediaType, Serialize(new ExecutionResult { Errors = [error] }), GraphQLOutcome.Rejected, null, CacheOutcome.Bypass);

    /// <summary>A request refused at the HTTP level, still in the GraphQL response shape, written by the same serializer.</summary>
    Answer Refuse(int status, ResponseMediaType mediaType, string code, string message) =>
        new(status, mediaType, Serialize(new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] }), GraphQLOutcome.Rejected, null,
            CacheOutcome.Bypass);

    byte[] Serialize(ExecutionResult result) => System.Text.Encoding.UTF8.GetBytes(serializer.Serialize(result));

    async Task<byte[]> SerializeAsync(ExecutionResult result, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await serializer.WriteAsync(buffer, result, cancellationToken);
        return buffer.ToArray();
    }

    static async Task WriteAsync(HttpContext context, Answer answer)
    {
        var response = context.Response;
        response.StatusCode = answer.Status;
        response.ContentType = MediaTypes.ContentType(answer.MediaType);
        if (answer.Allow is { } allow)
            response.Headers.Allow = allow;
        if (answer.RetryAfter is { } retryAfter)
            response.Headers.RetryAfter = retryAfter;
        if (answer.NoStore)
            response.Headers.CacheControl = "private, no-cache, must-revalidate"; // as Apollo Server: the client's retry must reach us
        if (answer.GraphVersion is { } version)
        {
            response.Headers[CacheHeader] = answer.Cache.Header();
            response.Headers[GraphVersionHeader] = version;
        }

        if (answer.ETag is { } etag)
        {
            response.Headers.ETag = etag;
            response.Headers.CacheControl = GetCacheControl;
        }

        if (answer.Status == StatusCodes.Status304NotModified)
            return;
        response.ContentLength = answer.Body.Length;
        await response.Body.WriteAsync(answer.Body, context.RequestAborted);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "GraphQL {Method} {OperationName} {Outcome} in {DurationMs:0.0} ms (status {StatusCode}, graph {GraphVersion}, cache={Cache})")]
    partial void LogRequest(string method, string operationName, double durationMs, string outcome, int statusCode, string graphVersion, string cache);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected fault answering a GraphQL request")]
    partial void LogFault(Exception exception);

    /// <summary>A finished answer: status, media type and body, with what the log, the metrics and the headers need.</summary>
    sealed record Answer(int Status, ResponseMediaType MediaType, byte[] Body, GraphQLOutcome Outcome, string? OperationName, CacheOutcome Cache)
    {
        public string? GraphVersion { get; init; }

        public bool Cacheable { get; init; } = true;

        public string? ETag { get; init; }

        public string? Allow { get; init; }

        public string? RetryAfter { get; init; }

        public bool NoStore { get; init; }
    }
}
