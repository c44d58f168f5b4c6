namespace RouteGraph.Api.Caching;

/// <summary>
/// The <c>RouteGraph:Cache</c> section (environment: <c>RouteGraph__Cache__Enabled</c>, ...). Redis itself is switched on by
/// <c>ConnectionStrings:Redis</c>; without it every setting here still applies to the in-process level.
/// See docs/caching.md.
/// </summary>
public sealed class CacheOptions
{
    public const string Section = "RouteGraph:Cache";

    /// <summary>Whether query answers are cached at all (the benchmark's "uncached" runs set false).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Whether answers are also kept in process memory (level 1); false keeps them in Redis only (the benchmark compares).</summary>
    public bool LocalLevel { get; set; } = true;

    /// <summary>How long an answer lives in Redis. Entries are keyed by graph version, so this bounds garbage, not staleness.</summary>
    public TimeSpan Expiration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long an answer lives in the in-process level (never longer than <see cref="Expiration"/>).</summary>
    public TimeSpan LocalExpiration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Largest answer cached, in bytes; HybridCache's default (1 MiB) is too small for the whole-graph view.</summary>
    public int MaxPayloadBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>How many raw documents keep their normalised form in memory, so a hit costs no parse.</summary>
    public int NormalizedDocuments { get; set; } = 1000;

    public RedisSettings Redis { get; set; } = new();

    public PersistedQuerySettings PersistedQueries { get; set; } = new();
}

/// <summary>How the API talks to Redis: short timeouts so a Redis fault slows no request for long.</summary>
public sealed class RedisSettings
{
    /// <summary>Longest wait for a connection; applies unless the connection string sets connectTimeout.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest wait for one command; applies unless the connection string sets syncTimeout/asyncTimeout.</summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>After a failed command, how long requests skip Redis before trying it again.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Prefix of every key and channel the API uses, so several deployments can share one Redis.</summary>
    public string KeyPrefix { get; set; } = "routegraph:";
}

/// <summary>Automatic persisted queries (Apollo's protocol).</summary>
public sealed class PersistedQuerySettings
{
    public bool Enabled { get; set; } = true;

    /// <summary>How many documents each process keeps in memory (least recently used dropped first).</summary>
    public int MaxLocalEntries { get; set; } = 1000;

    /// <summary>How long a registered document lives in Redis; a client that meets PersistedQueryNotFound simply registers it again.</summary>
    public TimeSpan Expiration { get; set; } = TimeSpan.FromDays(7);
}
