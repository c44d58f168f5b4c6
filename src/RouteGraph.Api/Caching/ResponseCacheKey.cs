using System.Security.Cryptography;
using System.Text;
using RouteGraph.Api.Http;

namespace RouteGraph.Api.Caching;

/// <summary>
/// The response cache key: SHA-256 (hex) of the graph version, today's date (UTC), the operation name, the canonical variables and the
/// normalised document. The graph version is part of it, so an answer computed from older data can never be found
/// once a new version is served.
/// </summary>
public static class ResponseCacheKey
{
    /// <summary>Changes when the way answers are written changes, so old entries are not read by a new build.</summary>
    const string Scheme = "routegraph-response/2";

    public static string Compute(string graphVersion, DateOnly today, string normalizedDocument, string? operationName, string canonicalVariables) =>
        // Newline-separated: none of the first five parts can hold a raw newline (canonical JSON escapes them), the document comes last.
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{Scheme}\n{graphVersion}\n{today:yyyy-MM-dd}\n{operationName}\n{canonicalVariables}\n{normalizedDocument}")));

    /// <summary>The ETag of a GET answer: the key, quoted; the legacy application/json media type gets its own tag (its Content-Type differs).</summary>
    public static string ETag(string key, ResponseMediaType mediaType) =>
        mediaType == ResponseMediaType.Json ? $"\"{key}-json\"" : $"\"{key}\"";
}
