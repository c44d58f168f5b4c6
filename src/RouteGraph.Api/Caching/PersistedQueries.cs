using System.Security.Cryptography;
using System.Text;
using global::GraphQL.Transport;
using Microsoft.Extensions.Options;
using RouteGraph.Api.Metrics;
using ZiggyCreatures.Caching.Fusion;

namespace RouteGraph.Api.Caching;

/// <summary>
/// Automatic persisted queries, the protocol Apollo clients speak: a request may send
/// <c>extensions.persistedQuery = { version: 1, sha256Hash }</c> instead of its document. Unknown hash: the error
/// <c>PersistedQueryNotFound</c> (HTTP 200, as Apollo Server answers), and the client sends document and hash together.
/// The document is registered only once it has parsed and validated (<see cref="RegisterAsync"/>, called by the endpoint),
/// in the response cache's FusionCache: process memory and, with Redis, every replica. See docs/caching.md.
/// </summary>
public sealed class PersistedQueries(IFusionCache cache, IOptions<CacheOptions> options, ApiMetrics metrics)
{
    public const string NotFoundCode = "PERSISTED_QUERY_NOT_FOUND";
    public const string NotSupportedCode = "PERSISTED_QUERY_NOT_SUPPORTED";
    public const string HashMismatchCode = "PERSISTED_QUERY_HASH_MISMATCH";

    /// <summary>The messages Apollo clients look for (besides the codes).</summary>
    public const string NotFoundMessage = "PersistedQueryNotFound";
    public const string NotSupportedMessage = "PersistedQueryNotSupported";

    /// <summary>
    /// Fills in the document of a hash-only request. Returns a refusal when the request cannot go on, and the hash to register
    /// once the document validates when it came with its document. Requests without the extension pass untouched.
    /// </summary>
    public async Task<(PersistedQueryRefusal? Refusal, string? HashToRegister)> ResolveAsync(GraphQLRequest request, CancellationToken cancellationToken)
    {
        if (request.Extensions is null || !request.Extensions.TryGetValue("persistedQuery", out var extension) || extension is null)
            return (null, null);
        if (!options.Value.PersistedQueries.Enabled)
            return (new PersistedQueryRefusal(StatusCodes.Status200OK, NotSupportedCode, NotSupportedMessage, NoStore: true), null);
        if (extension is not IReadOnlyDictionary<string, object?> persisted)
            return (BadRequest("extensions.persistedQuery must be an object with 'version' and 'sha256Hash'."), null);
        if (!persisted.TryGetValue("version", out var version) || !IsOne(version))
            return (BadRequest("Unsupported persisted query version: only version 1 is supported."), null);
        if (!persisted.TryGetValue("sha256Hash", out var rawHash) || rawHash is not string hash || !IsSha256Hex(hash))
            return (BadRequest("extensions.persistedQuery.sha256Hash must be the 64 hexadecimal digits of a SHA-256 hash."), null);
        hash = hash.ToLowerInvariant();

        if (string.IsNullOrEmpty(request.Query))
        {
            var document = await cache.TryGetAsync<string>(Key(hash), token: cancellationToken);
            metrics.PersistedQueryLookup(document.HasValue);
            if (!document.HasValue)
                return (new PersistedQueryRefusal(StatusCodes.Status200OK, NotFoundCode, NotFoundMessage, NoStore: true), null);
            request.Query = document.Value;
            return (null, null);
        }

        return Sha256Hex(request.Query) == hash
            ? (null, hash)
            : (new PersistedQueryRefusal(StatusCodes.Status400BadRequest, HashMismatchCode,
                "extensions.persistedQuery.sha256Hash is not the SHA-256 of the query sent with it."), null);
    }

    /// <summary>Keeps a document that parsed and validated under its hash.</summary>
    public async ValueTask RegisterAsync(string hash, string document, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await cache.SetAsync(Key(hash), document, new FusionCacheEntryOptions(settings.PersistedQueries.Expiration)
        {
            MemoryCacheDuration = settings.LocalExpiration,
            Size = document.Length * sizeof(char) + 256,
            // Written through before the answer goes out, so the client's next hash-only request finds it on any replica.
            AllowBackgroundDistributedCacheOperations = false,
        }, token: cancellationToken);
        metrics.PersistedQueryRegistered();
    }

    public static string Sha256Hex(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    static string Key(string hash) => "pq:" + hash;

    static PersistedQueryRefusal BadRequest(string message) => new(StatusCodes.Status400BadRequest, "BAD_REQUEST", message);

    static bool IsOne(object? value) => value switch
    {
        int i => i == 1,
        long l => l == 1,
        decimal m => m == 1,
        double d => d == 1,
        System.Numerics.BigInteger b => b == 1,
        _ => false,
    };

    static bool IsSha256Hex(string hash) => hash.Length == 64 && hash.All(char.IsAsciiHexDigit);
}
