using System.Buffers;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Options;
using RouteGraph.Api.Metrics;
using StackExchange.Redis;

namespace RouteGraph.Api.Caching;

/// <summary>
/// HybridCache's level 2: Microsoft's <see cref="RedisCache"/> over the shared <see cref="RedisConnection"/>, guarded so
/// that an absent or failing Redis is a cache miss, never an error or a wait: while Redis is unavailable reads miss and
/// writes are dropped at once; a failing command marks Redis unavailable for a short while.
/// </summary>
public sealed class ResilientDistributedCache : IBufferDistributedCache
{
    readonly RedisConnection _redis;
    readonly ApiMetrics _metrics;
    readonly RedisCache _inner;
    readonly IBufferDistributedCache _buffers;

    public ResilientDistributedCache(RedisConnection redis, ApiMetrics metrics)
    {
        _redis = redis;
        _metrics = metrics;
        // Not disposed here: RedisCache.Dispose would close the shared multiplexer, which RedisConnection owns.
        _inner = new RedisCache(Options.Create(new RedisCacheOptions
        {
            ConnectionMultiplexerFactory = async () => await redis.ConnectOnceAsync()
                ?? throw new RedisConnectionException(ConnectionFailureType.UnableToConnect, "Redis is not connected."),
            InstanceName = redis.KeyPrefix + "response:",
        }));
        _buffers = (IBufferDistributedCache)_inner; // RedisCache reads and writes buffers without copying them
    }

    public byte[]? Get(string key) => Guard("get", () => _inner.Get(key), v => v is not null, null);

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) =>
        GuardAsync("get", () => _inner.GetAsync(key, token), v => v is not null, null);

    public bool TryGet(string key, IBufferWriter<byte> destination) =>
        Guard("get", () => _buffers.TryGet(key, destination), found => found, false);

    public async ValueTask<bool> TryGetAsync(string key, IBufferWriter<byte> destination, CancellationToken token = default) =>
        await GuardAsync("get", () => _buffers.TryGetAsync(key, destination, token).AsTask(), found => found, false);

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) =>
        Guard("set", () => { _inner.Set(key, value, options); return true; }, _ => true, false);

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        GuardAsync("set", async () => { await _inner.SetAsync(key, value, options, token); return true; }, _ => true, false);

    public void Set(string key, ReadOnlySequence<byte> value, DistributedCacheEntryOptions options) =>
        Guard("set", () => { _buffers.Set(key, value, options); return true; }, _ => true, false);

    public async ValueTask SetAsync(string key, ReadOnlySequence<byte> value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        await GuardAsync("set", async () => { await _buffers.SetAsync(key, value, options, token); return true; }, _ => true, false);

    public void Refresh(string key) => Guard("refresh", () => { _inner.Refresh(key); return true; }, _ => true, false);

    public Task RefreshAsync(string key, CancellationToken token = default) =>
        GuardAsync("refresh", async () => { await _inner.RefreshAsync(key, token); return true; }, _ => true, false);

    public void Remove(string key) => Guard("remove", () => { _inner.Remove(key); return true; }, _ => true, false);

    public Task RemoveAsync(string key, CancellationToken token = default) =>
        GuardAsync("remove", async () => { await _inner.RemoveAsync(key, token); return true; }, _ => true, false);

    T Guard<T>(string operation, Func<T> call, Func<T, bool> found, T fallback)
    {
        if (!_redis.IsAvailable)
        {
            _metrics.RedisOperation(operation, "skipped");
            return fallback;
        }

        try
        {
            var value = call();
            Succeeded(operation, found(value));
            return value;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Failed(operation, ex);
            return fallback;
        }
    }

    async Task<T> GuardAsync<T>(string operation, Func<Task<T>> call, Func<T, bool> found, T fallback)
    {
        if (!_redis.IsAvailable)
        {
            _metrics.RedisOperation(operation, "skipped");
            return fallback;
        }

        try
        {
            var value = await call();
            Succeeded(operation, found(value));
            return value;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Failed(operation, ex);
            return fallback;
        }
    }

    void Succeeded(string operation, bool found)
    {
        _redis.ReportSuccess();
        _metrics.RedisOperation(operation, operation == "get" ? (found ? "hit" : "miss") : "ok");
    }

    void Failed(string operation, Exception exception)
    {
        _redis.ReportFailure(exception, $"response cache {operation}");
        _metrics.RedisOperation(operation, "failed");
    }
}
