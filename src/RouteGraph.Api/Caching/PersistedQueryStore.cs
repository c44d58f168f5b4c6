using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace RouteGraph.Api.Caching;

/// <summary>
/// Documents by SHA-256 hash: a bounded in-process map in front of Redis (<c>routegraph:pq:&lt;hash&gt;</c>), so a hash
/// registered through one replica works on every other. Without Redis, or while it is away, the in-process map alone.
/// </summary>
public sealed class PersistedQueryStore(RedisConnection redis, IOptions<CacheOptions> options)
{
    readonly BoundedLru<string, string> _local = new(options.Value.PersistedQueries.MaxLocalEntries);

    /// <summary>How many documents this process holds in memory.</summary>
    public int LocalCount => _local.Count;

    public async Task<string?> GetAsync(string hash)
    {
        if (_local.TryGet(hash, out var document))
            return document;
        if (!redis.IsAvailable || redis.Multiplexer is not { } multiplexer)
            return null;

        try
        {
            var stored = await multiplexer.GetDatabase().StringGetAsync(Key(hash));
            redis.ReportSuccess();
            if (stored.IsNullOrEmpty)
                return null;
            document = stored.ToString();
            _local.Set(hash, document);
            return document;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            redis.ReportFailure(ex, "reading a persisted query");
            return null;
        }
    }

    public async Task SetAsync(string hash, string document)
    {
        _local.Set(hash, document);
        if (!redis.IsAvailable || redis.Multiplexer is not { } multiplexer)
            return;

        try
        {
            await multiplexer.GetDatabase().StringSetAsync(Key(hash), document, options.Value.PersistedQueries.Expiration);
            redis.ReportSuccess();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            redis.ReportFailure(ex, "storing a persisted query");
        }
    }

    RedisKey Key(string hash) => redis.KeyPrefix + "pq:" + hash;
}
