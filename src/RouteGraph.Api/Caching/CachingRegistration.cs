using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RouteGraph.Api.Health;
using RouteGraph.Api.Http;
using RouteGraph.Api.Metrics;
using RouteGraph.Api.Replicas;

namespace RouteGraph.Api.Caching;

/// <summary>
/// Issue 4 in one call: the two-level response cache around <see cref="IGraphQLRequestExecutor"/>, automatic persisted
/// queries, the Redis connection and its health, replica sync, and the metrics. Call after the executor is registered.
/// </summary>
public static class CachingRegistration
{
    public static IServiceCollection AddRouteGraphCaching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CacheOptions>().Bind(configuration.GetSection(CacheOptions.Section))
            .Validate(o => o.Expiration > TimeSpan.Zero && o.LocalExpiration > TimeSpan.Zero && o.MaxPayloadBytes > 0 && o.NormalizedDocuments > 0
                && o.Redis.ConnectTimeout > TimeSpan.Zero && o.Redis.OperationTimeout > TimeSpan.Zero && o.Redis.RetryAfter >= TimeSpan.Zero
                && o.PersistedQueries.MaxLocalEntries > 0 && o.PersistedQueries.Expiration > TimeSpan.Zero,
                "RouteGraph:Cache: expirations, timeouts and sizes must be positive.")
            .ValidateOnStart();
        services.AddOptions<ReplicaOptions>().Bind(configuration.GetSection(ReplicaOptions.Section))
            .Validate(o => o.CheckInterval > TimeSpan.Zero, "RouteGraph:Replicas:CheckInterval must be positive.")
            .ValidateOnStart();

        services.AddRouteGraphMetrics();
        services.AddHttpContextAccessor();

        services.TryAddSingleton<RedisConnection>();
        services.AddHostedService(sp => sp.GetRequiredService<RedisConnection>());

        // Level 2 only when ConnectionStrings:Redis is set. HybridCache ignores a MemoryDistributedCache (it is just
        // another in-process level), so without Redis it runs with its in-process level alone.
        services.TryAddSingleton<IDistributedCache>(sp => sp.GetRequiredService<RedisConnection>().IsConfigured
            ? ActivatorUtilities.CreateInstance<ResilientDistributedCache>(sp)
            : new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions())));
        services.AddHybridCache().AddSerializer<CachedAnswer, CachedAnswerSerializer>();
        services.AddOptions<HybridCacheOptions>().Configure<IOptions<CacheOptions>>((hybrid, cache) =>
        {
            hybrid.MaximumPayloadBytes = cache.Value.MaxPayloadBytes;
            hybrid.DefaultEntryOptions = new HybridCacheEntryOptions
            {
                Expiration = cache.Value.Expiration,
                LocalCacheExpiration = cache.Value.LocalExpiration < cache.Value.Expiration ? cache.Value.LocalExpiration : cache.Value.Expiration,
            };
        });
        services.TryAddSingleton(sp => new DocumentNormalizer(sp.GetRequiredService<IOptions<CacheOptions>>().Value.NormalizedDocuments));
        DecorateExecutor(services);

        services.TryAddSingleton<PersistedQueryStore>();
        services.TryAddSingleton<PersistedQueries>();

        services.TryAddSingleton<GraphVersionSync>();
        services.AddHostedService(sp => sp.GetRequiredService<GraphVersionSync>());

        services.AddHealthChecks().AddCheck<CacheHealthCheck>("cache", tags: [HealthEndpoints.ReadyTag]);
        return services;
    }

    /// <summary>Wraps the registered executor in <see cref="CachingGraphQLRequestExecutor"/>.</summary>
    static void DecorateExecutor(IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(IGraphQLRequestExecutor))
            ?? throw new InvalidOperationException("Register IGraphQLRequestExecutor before AddRouteGraphCaching.");
        services.Remove(registered);
        services.AddSingleton<IGraphQLRequestExecutor>(sp =>
        {
            var inner = (IGraphQLRequestExecutor)(registered.ImplementationInstance
                ?? registered.ImplementationFactory?.Invoke(sp)
                ?? ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!));
            return ActivatorUtilities.CreateInstance<CachingGraphQLRequestExecutor>(sp, inner);
        });
    }
}
