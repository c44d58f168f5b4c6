using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using ZiggyCreatures.Caching.Fusion;

namespace RouteGraph.Api.Caching;

/// <summary>
/// The response cache as one small step that any endpoint can use: key parts in, bytes out, with an ETag. FusionCache keeps
/// the bytes in process memory (bounded by bytes) and, with <c>ConnectionStrings:Redis</c>, in Redis; concurrent requests for
/// one key wait for one producer. Keys are content addresses (graph version, day, request), so an entry never changes and
/// nothing has to be invalidated. See docs/caching.md.
/// </summary>
public sealed class ResponseCache(IFusionCache cache, IOptions<CacheOptions> options)
{
    /// <summary>Changes when the way answers are written changes, so a new build never reads an old build's entries.</summary>
    const string Scheme = "routegraph-response/3";

    /// <summary>Bytes an in-process entry costs besides its body (key, entry, bookkeeping), for the memory bound.</summary>
    const int EntryOverhead = 512;

    public bool Enabled => options.Value.Enabled;

    /// <summary>The key of an answer: SHA-256 (hex) of the parts, each length-prefixed so no two lists of parts can collide.</summary>
    public static string Key(params ReadOnlySpan<string> parts)
    {
        var text = new StringBuilder(Scheme).Append('\n');
        foreach (var part in parts)
            text.Append(part.Length).Append(':').Append(part).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>
    /// The bytes stored under <paramref name="key"/>, or those <paramref name="produce"/> makes (stored when it says so, and when
    /// they fit <see cref="CacheOptions.MaxPayloadBytes"/>). <c>Hit</c> is false for the request whose producer ran.
    /// </summary>
    public async ValueTask<(byte[] Body, bool Hit)> GetOrAddAsync(string key, Func<CancellationToken, Task<(byte[] Body, bool Store)>> produce,
        CancellationToken cancellationToken)
    {
        // A plain read first: GetOrSet takes the key's lock before it reads Redis, which would queue every request for one
        // answer behind a Redis round trip each when process memory does not hold it (a replica's first requests, LocalLevel off).
        // No token: with one, FusionCache races each Redis read against a delay task (two linked token sources, a WhenAny);
        // a Redis read is already bounded by OperationTimeout, and a hit costs that much less.
        var cached = await cache.TryGetAsync<byte[]>("response:" + key, token: CancellationToken.None);
        if (cached.HasValue)
            return (cached.Value, true);
        var produced = false;
        var body = await cache.GetOrSetAsync<byte[]>("response:" + key, async (context, token) =>
        {
            produced = true;
            var (bytes, store) = await produce(token);
            if (store && bytes.Length <= options.Value.MaxPayloadBytes)
                context.Options.Size = bytes.Length + EntryOverhead;
            else
                context.Options.SetSkipMemoryCacheWrite().SetSkipDistributedCacheWrite(true, true);
            return bytes;
        }, token: cancellationToken);
        return (body, !produced);
    }

    /// <summary>The ETag of an answer: its key, quoted, with a variant when one key has several representations (media types).</summary>
    public static string ETag(string key, string? variant = null) => variant is null ? $"\"{key}\"" : $"\"{key}-{variant}\"";

    /// <summary>The request opts out of cached answers: <c>Cache-Control: no-cache</c> or <c>no-store</c>.</summary>
    public static bool OptedOut(HttpRequest request) =>
        CacheControlHeaderValue.TryParse(request.Headers.CacheControl.ToString(), out var cacheControl) && (cacheControl.NoCache || cacheControl.NoStore);

    /// <summary>If-None-Match holds this ETag (weak comparison, as RFC 9110 asks for this header) or <c>*</c>.</summary>
    public static bool NotModified(HttpRequest request, string etag)
    {
        if (request.Headers.IfNoneMatch.Count == 0 || !EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags))
            return false;
        var ours = new EntityTagHeaderValue(etag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(ours, useStrongComparison: false));
    }
}
