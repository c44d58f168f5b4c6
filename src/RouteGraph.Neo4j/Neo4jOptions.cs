namespace RouteGraph.Neo4j;

/// <summary>
/// Where Neo4j is and how to talk to it over the HTTP Query API. The password is held here and
/// sent only in the Authorization header: it is never part of <see cref="ToString"/>,
/// <see cref="Endpoint"/> or any message this project writes.
/// </summary>
public sealed class Neo4jOptions
{
    /// <summary>The server: http(s)://host:port, or a driver URI (neo4j://, neo4j+s://, bolt://, bolt+s://) mapped to its HTTP address.</summary>
    public required Uri Uri { get; init; }

    public string Database { get; init; } = "neo4j";

    public string? User { get; init; }

    public string? Password { get; init; }

    /// <summary>How long one HTTP request may take before it counts as failed (and, outside a transaction, is retried).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries of a request outside an explicit transaction on a transient failure (Neo.TransientError.*, 5xx, timeout, refused connection).</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>The first retry delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The Query API's base address, e.g. <c>http://localhost:7474/</c>, without user info.</summary>
    public Uri HttpBase => ToHttpBase(Uri);

    /// <summary>The database's Query API address, for messages and logs: it never holds credentials.</summary>
    public string Endpoint => $"{HttpBase.GetLeftPart(UriPartial.Authority)}/db/{Database}";

    public override string ToString() =>
        $"Neo4j {Endpoint} (user {(string.IsNullOrEmpty(User) ? "none" : User)}, password {(string.IsNullOrEmpty(Password) ? "none" : "set")})";

    /// <summary>
    /// The Query API is plain HTTP(S) on the server's HTTP port. Operators often have a driver URI
    /// at hand (Aura shows neo4j+s://...), so those are mapped: +s schemes to https on 443 (Aura),
    /// the others to http on 7474 (a self-managed server's default).
    /// </summary>
    public static Uri ToHttpBase(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!uri.IsAbsoluteUri)
            throw new ArgumentException($"Neo4j URI '{uri.OriginalString}' is not absolute (expected e.g. http://localhost:7474).");

        var (scheme, port) = uri.Scheme.ToLowerInvariant() switch
        {
            "http" or "https" => (uri.Scheme.ToLowerInvariant(), uri.IsDefaultPort ? -1 : uri.Port),
            "neo4j+s" or "bolt+s" or "neo4j+ssc" or "bolt+ssc" => ("https", -1),
            "neo4j" or "bolt" => ("http", 7474),
            _ => throw new ArgumentException(
                $"Neo4j URI scheme '{uri.Scheme}' is not supported (use http://, https://, neo4j://, neo4j+s://, bolt:// or bolt+s://)."),
        };
        var builder = new UriBuilder(scheme, uri.Host, port, "/");
        return builder.Uri;
    }
}
