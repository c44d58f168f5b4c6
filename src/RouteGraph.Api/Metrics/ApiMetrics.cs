using System.Diagnostics.Metrics;
using Microsoft.Extensions.Caching.Memory;
using RouteGraph.Api.Caching;

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
    readonly Counter<long> _evictions;
    readonly Histogram<double> _duration;
    readonly Counter<long> _persistedLookups;
    readonly Counter<long> _persistedRegistrations;

    public ApiMetrics(IMeterFactory meterFactory, [FromKeyedServices(CachingRegistration.MemoryKey)] IMemoryCache memory)
    {
        var meter = meterFactory.Create(MeterName);
        _hits = meter.CreateCounter<long>("routegraph.cache.hits", "{answer}", "GraphQL answers served from the response cache (either level).");
        _misses = meter.CreateCounter<long>("routegraph.cache.misses", "{answer}", "Cacheable GraphQL queries that had to execute.");
        _bypasses = meter.CreateCounter<long>("routegraph.cache.bypasses", "{answer}",
            "GraphQL requests that did not use the cache: opted out, not a query, refused before execution.");
        _evictions = meter.CreateCounter<long>("routegraph.cache.evictions", "{entry}",
            "Entries dropped from process memory, by reason: capacity (the MaxMemoryBytes bound) or expired.");
        meter.CreateObservableGauge("routegraph.cache.memory", () => (memory as MemoryCache)?.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0,
            "By", "Estimated bytes the in-process cache holds (answers, persisted and parsed documents), at most MaxMemoryBytes.");
        _duration = meter.CreateHistogram("routegraph.graphql.request.duration", "s",
            "Time to answer a GraphQL request (cache lookup and execution), by cache outcome.",
            advice: new InstrumentAdvice<double>
            {
                HistogramBucketBoundaries = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
            });
        _persistedLookups = meter.CreateCounter<long>("routegraph.persisted_queries.lookups", "{lookup}",
            "Hash-only requests (automatic persisted queries) by result: hit or miss.");
        _persistedRegistrations = meter.CreateCounter<long>("routegraph.persisted_queries.registrations", "{document}",
            "Documents registered under their SHA-256 hash (after they parsed and validated).");
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

    /// <summary>An entry left process memory; replaced and removed entries are not evictions.</summary>
    public void Evicted(EvictionReason reason)
    {
        if (reason is EvictionReason.Capacity or EvictionReason.Expired)
            _evictions.Add(1, new KeyValuePair<string, object?>("reason", reason == EvictionReason.Capacity ? "capacity" : "expired"));
    }

    public void PersistedQueryLookup(bool found) => _persistedLookups.Add(1, new KeyValuePair<string, object?>("result", found ? "hit" : "miss"));

    public void PersistedQueryRegistered() => _persistedRegistrations.Add(1);
}
