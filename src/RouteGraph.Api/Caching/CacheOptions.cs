namespace RouteGraph.Api.Caching;

/// <summary>
/// The <c>RouteGraph:Cache</c> section (environment: <c>RouteGraph__Cache__Enabled</c>, ...). Redis itself is switched on by
/// <c>ConnectionStrings:Redis</c>; without it every setting here still applies to the in-process level. See docs/caching.md.
/// </summary>
public sealed class CacheOptions
{
    public const string Section = "RouteGraph:Cache";

    /// <summary>Whether query answers are cached at all (the benchmark's "off" runs set false).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Whether answers are also kept in process memory (level 1); false keeps them in Redis only (the benchmark compares).</summary>
    public bool LocalLevel { get; set; } = true;

    /// <summary>How long an answer lives in Redis. Entries are keyed by graph version, so this bounds garbage, not staleness.</summary>
    public TimeSpan Expiration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long an answer lives in the in-process level (never longer than <see cref="Expiration"/>).</summary>
    public TimeSpan LocalExpiration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// What the in-process level may hold, in bytes (answers, persisted documents and parsed documents together); past it the
    /// least recently used entries are evicted (<c>routegraph_cache_evictions_total</c>).
    /// </summary>
    public long MaxMemoryBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Largest answer cached, in bytes; a larger one is answered but not kept.</summary>
    public int MaxPayloadBytes { get; set; } = 16 * 1024 * 1024;

    public RedisSettings Redis { get; set; } = new();

    public PersistedQuerySettings PersistedQueries { get; set; } = new();
}
