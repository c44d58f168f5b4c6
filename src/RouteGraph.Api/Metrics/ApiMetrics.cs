using System.Diagnostics.Metrics;

namespace RouteGraph.Api.Metrics;

/// <summary>
/// The API's own instruments (meter <c>RouteGraph.Api</c>), exported at /metrics. Prometheus names: dots become
/// underscores, counters gain <c>_total</c>, the duration gains <c>_seconds</c> (see docs/caching.md).
/// </summary>
public sealed class ApiMetrics
{
    public const string MeterName = "RouteGraph.Api";

    readonly Counter<long> _hits;
    readonly Counter<long> _misses;
    readonly Counter<long> _bypasses;
    readonly Counter<long> _l2;
    readonly Histogram<double> _duration;
    readonly Counter<long> _persistedLookups;
    readonly Counter<long> _persistedRegistrations;
    readonly Counter<long> _announcements;
    readonly Counter<long> _replicaReloads;

    public ApiMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _hits = meter.CreateCounter<long>("routegraph.cache.hits", "{answer}", "GraphQL answers served from the response cache (either level).");
        _misses = meter.CreateCounter<long>("routegraph.cache.misses", "{answer}", "Cacheable GraphQL queries that had to execute.");
        _bypasses = meter.CreateCounter<long>("routegraph.cache.bypasses", "{answer}",
            "GraphQL requests that did not use the cache: opted out, not a query, refused before execution.");
        _l2 = meter.CreateCounter<long>("routegraph.cache.redis.operations", "{operation}",
            "Response-cache operations on Redis (level 2) by result: hit, miss, ok, skipped (Redis unavailable), failed.");
        _duration = meter.CreateHistogram("routegraph.graphql.request.duration", "s",
            "Time to answer a GraphQL request (cache lookup and execution), by cache outcome.",
            advice: new InstrumentAdvice<double>
            {
                HistogramBucketBoundaries = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
            });
        _persistedLookups = meter.CreateCounter<long>("routegraph.persisted_queries.lookups", "{lookup}",
            "Hash-only requests (automatic persisted queries) by result: hit or miss.");
        _persistedRegistrations = meter.CreateCounter<long>("routegraph.persisted_queries.registrations", "{document}",
            "Documents registered under their SHA-256 hash.");
        _announcements = meter.CreateCounter<long>("routegraph.replicas.announcements", "{announcement}",
            "Graph versions this replica announced on the Redis channel.");
        _replicaReloads = meter.CreateCounter<long>("routegraph.replicas.reloads", "{reload}",
            "Reload checks this replica made because another replica announced a version or Redis held a different one.");
    }

    public void Answered(CacheOutcome outcome, string graphQLOutcome, TimeSpan duration)
    {
        var cache = new KeyValuePair<string, object?>("cache", outcome.Label());
        switch (outcome)
        {
            case CacheOutcome.Hit: _hits.Add(1); break;
            case CacheOutcome.Miss: _misses.Add(1); break;
            case CacheOutcome.Bypass: _bypasses.Add(1); break;
        }

        _duration.Record(duration.TotalSeconds, cache, new KeyValuePair<string, object?>("outcome", graphQLOutcome));
    }

    public void RedisOperation(string operation, string result) =>
        _l2.Add(1, new KeyValuePair<string, object?>("operation", operation), new KeyValuePair<string, object?>("result", result));

    public void PersistedQueryLookup(bool found) => _persistedLookups.Add(1, new KeyValuePair<string, object?>("result", found ? "hit" : "miss"));

    public void PersistedQueryRegistered() => _persistedRegistrations.Add(1);

    public void Announced() => _announcements.Add(1);

    public void ReplicaReload(string reason) => _replicaReloads.Add(1, new KeyValuePair<string, object?>("reason", reason));
}

/// <summary>What the response cache did for one request; also the <c>X-Cache</c> header and the request log's <c>cache=</c>.</summary>
public enum CacheOutcome
{
    /// <summary>Served from the cache (in-process or Redis), or from a concurrent identical request's execution.</summary>
    Hit,

    /// <summary>Looked up, not found, executed (and stored when cacheable).</summary>
    Miss,

    /// <summary>The cache was not consulted: opted out, not a query, refused before execution.</summary>
    Bypass,

    /// <summary>Caching is switched off (<c>RouteGraph:Cache:Enabled=false</c>).</summary>
    Off,
}

public static class CacheOutcomeLabels
{
    public static string Header(this CacheOutcome outcome) => outcome switch
    {
        CacheOutcome.Hit => "HIT",
        CacheOutcome.Miss => "MISS",
        CacheOutcome.Bypass => "BYPASS",
        _ => "OFF",
    };

    public static string Label(this CacheOutcome outcome) => outcome.Header().ToLowerInvariant();
}
