using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Options;
using RouteGraph.Api.Health;
using RouteGraph.Api.Metrics;
using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.Backplane.StackExchangeRedis;
using ZiggyCreatures.Caching.Fusion.Serialization.SystemTextJson;

namespace RouteGraph.Api.Caching;

/// <summary>
/// The response cache, persisted queries and parsed documents: one FusionCache over one bounded in-process memory and, when
/// <c>ConnectionStrings:Redis</c> is set, Redis as its second level and backplane. The resilience (timeouts, circuit breaker,
/// writing back what was missed while Redis was away) is FusionCache's. See docs/caching.md.
/// </summary>
public static class CachingRegistration
{
    /// <summary>The key of the in-process memory every cached thing shares, bounded by <see cref="CacheOptions.MaxMemoryBytes"/>.</summary>
    public const string MemoryKey = "routegraph";

    public static IServiceCollection AddRouteGraphCaching(this IServiceCollection services)
    {
        const string S = CacheOptions.Section;
        services.AddOptions<CacheOptions>().BindConfiguration(S)
            .Validate(o => o.Expiration > TimeSpan.Zero, $"{S}:Expiration must be a positive time span, such as 01:00:00.")
            .Validate(o => o.LocalExpiration > TimeSpan.Zero, $"{S}:LocalExpiration must be a positive time span, such as 00:10:00.")
            .Validate(o => o.MaxMemoryBytes >= 64 * 1024, $"{S}:MaxMemoryBytes must be at least 65536 (64 KiB).")
            .Validate(o => o.MaxPayloadBytes > 0, $"{S}:MaxPayloadBytes must be 1 or more.")
            .Validate(o => o.Redis.ConnectTimeout > TimeSpan.Zero, $"{S}:Redis:ConnectTimeout must be a positive time span, such as 00:00:02.")
            .Validate(o => o.Redis.OperationTimeout > TimeSpan.Zero, $"{S}:Redis:OperationTimeout must be a positive time span, such as 00:00:00.500.")
            .Validate(o => o.Redis.CircuitBreaker >= TimeSpan.Zero, $"{S}:Redis:CircuitBreaker must be 00:00:00 or more.")
            .Validate(o => o.PersistedQueries.Expiration > TimeSpan.Zero, $"{S}:PersistedQueries:Expiration must be a positive time span, such as 7.00:00:00.")
            .ValidateOnStart();

        services.AddRouteGraphMetrics();
        services.AddSingleton<RedisConnection>();
        services.AddHostedService(sp => sp.GetRequiredService<RedisConnection>());
        services.AddKeyedSingleton<IMemoryCache>(MemoryKey, (sp, _) => new MemoryCache(new MemoryCacheOptions
        {
            SizeLimit = sp.GetRequiredService<IOptions<CacheOptions>>().Value.MaxMemoryBytes,
            TrackStatistics = true, // the memory gauge of /metrics
            // MemoryCache refuses an entry that does not fit and compacts in the background; freeing a fifth (not the default
            // twentieth) at a time leaves room for the next answers instead of refusing them one compaction after another.
            CompactionPercentage = 0.2,
        }));
        services.AddSingleton<IFusionCache>(CreateFusionCache);
        services.AddSingleton<ResponseCache>();
        services.AddSingleton<PersistedQueries>();
        services.AddSingleton<DocumentCache>();
        services.AddHealthChecks().AddCheck<CacheHealthCheck>("cache", tags: [HealthEndpoints.ReadyTag]);
        return services;
    }

    static FusionCache CreateFusionCache(IServiceProvider services)
    {
        var settings = services.GetRequiredService<IOptions<CacheOptions>>().Value;
        var redis = services.GetRequiredService<RedisConnection>();
        var memory = services.GetRequiredKeyedService<IMemoryCache>(MemoryKey);
        var cache = new FusionCache(Options.Create(new FusionCacheOptions
        {
            CacheName = "routegraph",
            BackplaneChannelPrefix = settings.Redis.KeyPrefix + "backplane",
            // Our keys carry their own namespace (response:, pq:) and Redis gets KeyPrefix from RedisCache's InstanceName.
            MissingCacheKeyPrefixWarningLogLevel = LogLevel.Debug,
            // After a failed Redis command, requests skip Redis for a while instead of each waiting for a timeout.
            DistributedCacheCircuitBreakerDuration = settings.Redis.CircuitBreaker,
            BackplaneCircuitBreakerDuration = settings.Redis.CircuitBreaker,
            DefaultEntryOptions = new FusionCacheEntryOptions(settings.Expiration)
            {
                MemoryCacheDuration = settings.LocalExpiration < settings.Expiration ? settings.LocalExpiration : settings.Expiration,
                // Entries are keyed by content and never go stale: there is nothing for fail-safe to fall back on.
                IsFailSafeEnabled = false,
                // The answer goes out first; Redis is written after (and written back by auto-recovery if it was away). Without
                // the memory level, requests waiting for the same answer find it only in Redis: write it before they look.
                AllowBackgroundDistributedCacheOperations = settings.LocalLevel,
                SkipMemoryCacheRead = !settings.LocalLevel,
                SkipMemoryCacheWrite = !settings.LocalLevel,
                Size = 1024, // only what a producer does not size itself (ResponseCache, PersistedQueries do)
            },
        }), memory, services.GetRequiredService<ILogger<FusionCache>>());
        var metrics = services.GetRequiredService<ApiMetrics>();
        cache.Events.Memory.Eviction += (_, e) => metrics.Evicted(e.Reason);

        if (redis.IsConfigured)
        {
            var prefix = settings.Redis.KeyPrefix;
            cache.SetupDistributedCache(new RedisCache(Options.Create(new RedisCacheOptions
            {
                ConnectionMultiplexerFactory = redis.ConnectAsync,
                InstanceName = prefix,
            })), new FusionCacheSystemTextJsonSerializer(new System.Text.Json.JsonSerializerOptions { IncludeFields = true })); // value tuples, as FusionCache advises
            cache.SetupBackplane(new RedisBackplane(Options.Create(new RedisBackplaneOptions { ConnectionMultiplexerFactory = redis.ConnectAsync }),
                services.GetRequiredService<ILogger<RedisBackplane>>()));
        }

        return cache;
    }
}
