using System.Diagnostics;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using RouteGraph.Api.Http;
using RouteGraph.Api.Metrics;
using RouteGraph.Core.Graph;

namespace RouteGraph.Api.Caching;

/// <summary>
/// The response cache, as a decorator of <see cref="IGraphQLRequestExecutor"/> (same graph version + same request ⇒ same
/// bytes). A query's answer is looked up in HybridCache (in-process level, then Redis when configured) under
/// <see cref="ResponseCacheKey"/>; on a miss the query executes once, however many identical requests arrive meanwhile,
/// and the answer is stored unless it has errors. GET answers carry an ETag and honour If-None-Match with 304.
/// Every answer carries <c>X-Cache</c> (HIT, MISS, BYPASS, OFF) and <c>X-Graph-Version</c>.
/// HTTP headers are read through <see cref="IHttpContextAccessor"/>: the executor seam carries only the GraphQL request.
/// </summary>
public sealed class CachingGraphQLRequestExecutor(
    IGraphQLRequestExecutor inner,
    HybridCache cache,
    DocumentNormalizer normalizer,
    IHttpContextAccessor httpContextAccessor,
    IOptions<CacheOptions> options,
    IOptions<RouteGraphOptions> apiOptions,
    TimeProvider clock,
    ApiMetrics metrics) : IGraphQLRequestExecutor
{
    public const string CacheHeader = "X-Cache";
    public const string GraphVersionHeader = "X-Graph-Version";

    /// <summary>Caches may keep a GET answer but must ask again each time; the ETag makes asking cheap (304).</summary>
    public const string GetCacheControl = "public, max-age=0, must-revalidate";

    static readonly HybridCacheEntryOptions RedisOnly = new() { Flags = HybridCacheEntryFlags.DisableLocalCache };

    public async Task<GraphQLHttpResult> ExecuteAsync(GraphQLHttpRequest request, PolicyGraph graph, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var context = httpContextAccessor.HttpContext;
        var (result, outcome) = await AnswerAsync(request, graph, context, cancellationToken);

        metrics.Answered(outcome, result.Outcome.ToString().ToLowerInvariant(), Stopwatch.GetElapsedTime(started));
        // ASP.NET Core's own http.server.request.duration gets the outcome as a tag too.
        context?.Features.Get<IHttpMetricsTagsFeature>()?.Tags.Add(new("routegraph.cache", outcome.Label()));

        var headers = new Dictionary<string, string>(result.Headers ?? new Dictionary<string, string>())
        {
            [CacheHeader] = outcome.Header(),
            [GraphVersionHeader] = graph.Version,
        };
        return result with { Headers = headers };
    }

    async Task<(GraphQLHttpResult, CacheOutcome)> AnswerAsync(GraphQLHttpRequest request, PolicyGraph graph, HttpContext? context,
        CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
            return (await inner.ExecuteAsync(request, graph, cancellationToken), CacheOutcome.Off);

        if (WantsFreshAnswer(context)
            || request.Query.Length > apiOptions.Value.Limits.MaxDocumentLength
            || normalizer.Normalize(request.Query) is not { } document
            || document.Select(request.OperationName) is not { Type: OperationType.Query } operation
            || !CanonicalJson.TryWrite(request.Variables, out var variables))
            return (await inner.ExecuteAsync(request, graph, cancellationToken), CacheOutcome.Bypass);

        // Today is part of the key: a question without a day is answered for today, and tomorrow's answer may differ.
        var key = ResponseCacheKey.Compute(graph.Version, GraphQLRequestExecutor.Today(clock), document.Text, operation.Name, variables);
        var executed = false;
        CachedAnswer answer;
        try
        {
            answer = await cache.GetOrCreateAsync(key, async token =>
            {
                executed = true; // only for the request whose factory runs; concurrent identical requests share its answer
                var fresh = await inner.ExecuteAsync(request, graph, token);
                return fresh is { StatusCode: StatusCodes.Status200OK, Outcome: GraphQLOutcome.Ok, Cacheable: true }
                    ? new CachedAnswer(fresh.Body)
                    : throw new UncacheableAnswer(fresh);
            }, options.Value.LocalLevel ? null : RedisOnly, cancellationToken: cancellationToken);
        }
        catch (UncacheableAnswer uncacheable)
        {
            // An answer with errors, or one a resolver marked uncacheable (a scenario), is never stored. A concurrent identical request may have produced it, for another media type.
            return (executed ? uncacheable.Result : await inner.ExecuteAsync(request, graph, cancellationToken), CacheOutcome.Miss);
        }

        var outcome = executed ? CacheOutcome.Miss : CacheOutcome.Hit;
        var operationName = operation.Name ?? request.OperationName;
        var contentType = MediaTypes.ContentType(request.MediaType);
        if (!request.IsGet)
            return (new GraphQLHttpResult(StatusCodes.Status200OK, contentType, answer.Body, GraphQLOutcome.Ok, operationName), outcome);

        var etag = ResponseCacheKey.ETag(key, request.MediaType);
        var headers = new Dictionary<string, string> { [HeaderNames.ETag] = etag, [HeaderNames.CacheControl] = GetCacheControl };
        return Matches(context, etag)
            ? (new GraphQLHttpResult(StatusCodes.Status304NotModified, contentType, [], GraphQLOutcome.Ok, operationName, headers), outcome)
            : (new GraphQLHttpResult(StatusCodes.Status200OK, contentType, answer.Body, GraphQLOutcome.Ok, operationName, headers), outcome);
    }

    /// <summary>The opt-out: a request with <c>Cache-Control: no-cache</c> (or no-store) is executed afresh and not stored.</summary>
    static bool WantsFreshAnswer(HttpContext? context) =>
        context is not null
        && CacheControlHeaderValue.TryParse(context.Request.Headers.CacheControl.ToString(), out var cacheControl)
        && (cacheControl.NoCache || cacheControl.NoStore);

    /// <summary>If-None-Match holds this ETag (weak comparison, as RFC 9110 asks for this header) or <c>*</c>.</summary>
    static bool Matches(HttpContext? context, string etag)
    {
        if (context is null || context.Request.Headers.IfNoneMatch.Count == 0
            || !EntityTagHeaderValue.TryParseList(context.Request.Headers.IfNoneMatch, out var tags))
            return false;
        var ours = new EntityTagHeaderValue(etag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(ours, useStrongComparison: false));
    }

    /// <summary>Carries an answer that must not be stored out of HybridCache's factory (HybridCache stores whatever a factory returns).</summary>
    sealed class UncacheableAnswer(GraphQLHttpResult result) : Exception("An answer with errors is not cached.")
    {
        public GraphQLHttpResult Result { get; } = result;
    }
}
