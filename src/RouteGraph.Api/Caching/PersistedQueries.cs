using System.Security.Cryptography;
using System.Text;
using global::GraphQL.Transport;
using Microsoft.Extensions.Options;
using RouteGraph.Api.Metrics;

namespace RouteGraph.Api.Caching;

/// <summary>Why a persisted-query request is answered with an error instead of being executed.</summary>
public sealed record PersistedQueryRefusal(int StatusCode, string Code, string Message, params (string Name, string Value)[] Headers);

/// <summary>
/// Automatic persisted queries, the protocol Apollo clients speak: a request may send
/// <c>extensions.persistedQuery = { version: 1, sha256Hash }</c> instead of its document. Unknown hash: the error
/// <c>PersistedQueryNotFound</c> (code PERSISTED_QUERY_NOT_FOUND, HTTP 200 as Apollo Server answers), and the client sends
/// document and hash together; the hash is checked against the document and the document registered. See docs/caching.md.
/// </summary>
public sealed class PersistedQueries(PersistedQueryStore store, IOptions<CacheOptions> options, IOptions<RouteGraphOptions> apiOptions, ApiMetrics metrics)
{
    public const string NotFoundCode = "PERSISTED_QUERY_NOT_FOUND";
    public const string NotSupportedCode = "PERSISTED_QUERY_NOT_SUPPORTED";
    public const string HashMismatchCode = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string BadRequestCode = "BAD_REQUEST";

    /// <summary>The messages Apollo clients look for (besides the codes).</summary>
    public const string NotFoundMessage = "PersistedQueryNotFound";
    public const string NotSupportedMessage = "PersistedQueryNotSupported";

    /// <summary>
    /// Fills in <see cref="GraphQLRequest.Query"/> of a hash-only request, or registers the document of a request that sends
    /// both; null when the request may go on, a refusal otherwise. Requests without the extension pass untouched.
    /// </summary>
    public async Task<PersistedQueryRefusal?> ResolveAsync(GraphQLRequest request)
    {
        if (request.Extensions is null || !request.Extensions.TryGetValue("persistedQuery", out var extension) || extension is null)
            return null;
        if (!options.Value.PersistedQueries.Enabled)
            return new PersistedQueryRefusal(StatusCodes.Status200OK, NotSupportedCode, NotSupportedMessage, NoStore);
        if (extension is not IReadOnlyDictionary<string, object?> persisted)
            return BadRequest("extensions.persistedQuery must be an object with 'version' and 'sha256Hash'.");
        if (!persisted.TryGetValue("version", out var version) || !IsOne(version))
            return BadRequest("Unsupported persisted query version: only version 1 is supported.");
        if (!persisted.TryGetValue("sha256Hash", out var rawHash) || rawHash is not string hash || !IsSha256Hex(hash))
            return BadRequest("extensions.persistedQuery.sha256Hash must be the 64 hexadecimal digits of a SHA-256 hash.");
        hash = hash.ToLowerInvariant();

        if (string.IsNullOrEmpty(request.Query))
        {
            var document = await store.GetAsync(hash);
            metrics.PersistedQueryLookup(document is not null);
            if (document is null)
                return new PersistedQueryRefusal(StatusCodes.Status200OK, NotFoundCode, NotFoundMessage, NoStore);
            request.Query = document;
            return null;
        }

        if (Sha256Hex(request.Query) != hash)
            return new PersistedQueryRefusal(StatusCodes.Status400BadRequest, HashMismatchCode,
                "extensions.persistedQuery.sha256Hash is not the SHA-256 of the query sent with it.");
        // Documents over the limit are refused by the executor; no point keeping them.
        if (request.Query.Length <= apiOptions.Value.Limits.MaxDocumentLength)
        {
            await store.SetAsync(hash, request.Query);
            metrics.PersistedQueryRegistered();
        }

        return null;
    }

    public static string Sha256Hex(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    /// <summary>As Apollo Server: the "not found" answer must not be kept by any cache, the retry must reach the server.</summary>
    static readonly (string, string)[] NoStore = [("Cache-Control", "private, no-cache, must-revalidate")];

    static PersistedQueryRefusal BadRequest(string message) => new(StatusCodes.Status400BadRequest, BadRequestCode, message);

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
