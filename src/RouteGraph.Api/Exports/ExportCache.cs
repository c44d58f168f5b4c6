using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using RouteGraph.Api.Caching;
using RouteGraph.Api.Http;
using RouteGraph.Core.Graph;

namespace RouteGraph.Api.Exports;

/// <summary>
/// Exports are cached like GraphQL answers, through the same step (<see cref="ResponseCache"/>: memory bounded by bytes, then
/// Redis when configured), under a key holding the graph version, so new data is never answered from an old entry; an ETag
/// (the key) and <c>If-None-Match</c> make a repeat cost a 304; <c>Cache-Control: no-cache</c> on the request asks for a
/// fresh answer.
/// </summary>
public sealed class ExportCache(ResponseCache cache, IOptions<RouteGraphOptions> apiOptions)
{
    public async Task<IResult> AnswerAsync(HttpContext context, PolicyGraph graph, string export, string canonicalQuery, string contentType,
        Func<byte[]> write, string? fileName = null)
    {
        var key = ResponseCache.Key("export", export, graph.Version, canonicalQuery);
        var etag = ResponseCache.ETag(key);
        byte[] body;
        string outcome;
        if (!cache.Enabled)
            (body, outcome) = (write(), "OFF");
        else if (ResponseCache.OptedOut(context.Request))
            (body, outcome) = (write(), "BYPASS");
        else
        {
            var (bytes, hit) = await cache.GetOrAddAsync(key, _ => Task.FromResult((write(), true)), context.RequestAborted);
            (body, outcome) = (bytes, hit ? "HIT" : "MISS");
        }

        var headers = context.Response.Headers;
        headers[GraphQLHttpMiddleware.CacheHeader] = outcome;
        headers[GraphQLHttpMiddleware.GraphVersionHeader] = graph.Version;
        headers.ETag = etag;
        headers.CacheControl = GraphQLHttpMiddleware.GetCacheControl;
        // As on /graphql: with CORS origins, whether Access-Control-Allow-Origin is present depends on Origin, and the answers are public.
        if (apiOptions.Value.Cors.Origins.Length > 0)
            headers.Vary = "Origin";
        if (fileName is not null)
            headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName, FileName = fileName }.ToString();
        return ResponseCache.NotModified(context.Request, etag) ? Results.StatusCode(StatusCodes.Status304NotModified) : Results.Bytes(body, contentType);
    }
}
