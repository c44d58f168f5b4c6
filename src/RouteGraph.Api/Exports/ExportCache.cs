using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using RouteGraph.Api.Caching;
using RouteGraph.Core.Graph;

namespace RouteGraph.Api.Exports;

/// <summary>
/// Exports are cached like GraphQL answers: the bytes, in the same HybridCache (memory, then Redis when configured),
/// under a key holding the graph version, so new data is never answered from an old entry; an ETag (the key) and
/// <c>If-None-Match</c> make a repeat cost a 304; <c>Cache-Control: no-cache</c> on the request asks for a fresh answer.
/// The one place exports touch the cache: when the request path offers a cache step for non-GraphQL answers, it
/// replaces this class.
/// </summary>
public sealed class ExportCache(HybridCache cache, IOptions<CacheOptions> options, IOptions<RouteGraphOptions> apiOptions)
{
    /// <summary>Changes when the way exports are written changes, so old entries are not read by a new build.</summary>
    const string Scheme = "routegraph-export/1";

    public async Task<IResult> AnswerAsync(HttpContext context, PolicyGraph graph, string export, string canonicalQuery, string contentType,
        Func<byte[]> write, string? fileName = null)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{Scheme}\n{graph.Version}\n{export}\n{canonicalQuery}")));
        var etag = $"\"{key}\"";
        byte[] body;
        string outcome;
        if (!options.Value.Enabled)
            (body, outcome) = (write(), "OFF");
        else if (WantsFreshAnswer(context.Request))
            (body, outcome) = (write(), "BYPASS");
        else
        {
            var executed = false;
            var answer = await cache.GetOrCreateAsync(key, _ =>
            {
                executed = true;
                return ValueTask.FromResult(new CachedAnswer(write()));
            }, cancellationToken: context.RequestAborted);
            (body, outcome) = (answer.Body, executed ? "MISS" : "HIT");
        }

        var headers = context.Response.Headers;
        headers[CachingGraphQLRequestExecutor.CacheHeader] = outcome;
        headers[CachingGraphQLRequestExecutor.GraphVersionHeader] = graph.Version;
        headers.ETag = etag;
        headers.CacheControl = CachingGraphQLRequestExecutor.GetCacheControl;
        // As on /graphql: with CORS origins, whether Access-Control-Allow-Origin is present depends on Origin, and the answers are public.
        if (apiOptions.Value.Cors.Origins.Length > 0)
            headers.Vary = "Origin";
        if (fileName is not null)
            headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName, FileName = fileName }.ToString();
        if (Matches(context.Request, etag))
            return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(body, contentType);
    }

    static bool WantsFreshAnswer(HttpRequest request) =>
        CacheControlHeaderValue.TryParse(request.Headers.CacheControl.ToString(), out var cacheControl) && (cacheControl.NoCache || cacheControl.NoStore);

    static bool Matches(HttpRequest request, string etag) =>
        request.Headers.IfNoneMatch.Count > 0
        && EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags)
        && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(new EntityTagHeaderValue(etag), useStrongComparison: false));
}
