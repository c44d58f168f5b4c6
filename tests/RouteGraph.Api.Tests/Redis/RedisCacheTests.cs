using System.Text.Json.Nodes;
using RouteGraph.Api.Caching;
using RouteGraph.Api.Tests.Infrastructure;
using RouteGraph.Api.Tests.Redis.Infrastructure;

namespace RouteGraph.Api.Tests.Redis;

/// <summary>Redis as the shared level: two API instances against one real redis-server.</summary>
public sealed class RedisCacheTests
{
    static string? CacheOf(GraphQLAnswer answer) => answer.Response.Headers.TryGetValues("X-Cache", out var v) ? v.Single() : null;

    [SkippableFact]
    public async Task An_answer_computed_by_one_api_is_a_hit_on_another_through_redis()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var first = new RedisApiFactory(redis);
        await using var second = new RedisApiFactory(redis);
        var a = await first.ConnectedClientAsync();
        var b = await second.ConnectedClientAsync();
        const string Query = "{ route(id: \"western-mediterranean\") { name mode countries { roles country { iso2 } } } }";

        var computed = await a.PostAsync(Query);
        Assert.Equal("MISS", CacheOf(computed));
        // Level 2 is written just after the answer is handed over.
        await Eventually.TrueAsync(async () => (await RedisInspection.KeysAsync(redis, "routegraph:*response:*")).Count > 0,
            "the answer to reach Redis");

        var shared = await b.PostAsync(Query);
        Assert.Equal("HIT", CacheOf(shared));
        Assert.Equal(computed.OkData().ToJsonString(), shared.OkData().ToJsonString());
    }

    [SkippableFact]
    public async Task A_hash_registered_through_one_api_works_on_another()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var first = new RedisApiFactory(redis);
        await using var second = new RedisApiFactory(redis);
        var a = await first.ConnectedClientAsync();
        var b = await second.ConnectedClientAsync();
        const string Query = "{ sectors { code rank name(lang: \"it\") } }";
        var hash = PersistedQueries.Sha256Hex(Query);
        string Body(string? query) => System.Text.Json.JsonSerializer.Serialize(new
        {
            query,
            extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } },
        });

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", (await b.SendJsonAsync(Body(null))).FirstCode);
        var registered = await a.SendJsonAsync(Body(Query));
        var elsewhere = await b.SendJsonAsync(Body(null));

        Assert.Equal(registered.OkData().ToJsonString(), elsewhere.OkData().ToJsonString());
        Assert.Single(await RedisInspection.KeysAsync(redis, $"routegraph:*pq:{hash}"));
    }

    [SkippableFact]
    public async Task With_the_local_level_off_hits_come_from_redis_and_stop_when_it_is_gone()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var factory = new RedisApiFactory(redis, new Dictionary<string, string?> { ["RouteGraph:Cache:LocalLevel"] = "false" });
        var client = await factory.ConnectedClientAsync();
        const string Query = "{ routes { id mode } }";

        Assert.Equal("MISS", CacheOf(await client.PostAsync(Query)));
        await Eventually.TrueAsync(async () => (await RedisInspection.KeysAsync(redis, "routegraph:*response:*")).Count > 0, "the answer in Redis");
        Assert.Equal("HIT", CacheOf(await client.PostAsync(Query)));

        redis.Kill();
        var withoutRedis = await client.PostAsync(Query);
        Assert.Equal("MISS", CacheOf(withoutRedis)); // nothing in process memory to fall back on: executed
        Assert.NotEmpty(withoutRedis.OkData()["routes"]!.AsArray());
    }

    [SkippableFact]
    public async Task Health_shows_the_cache_healthy_while_redis_is_connected()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var factory = new RedisApiFactory(redis);
        var client = await factory.ConnectedClientAsync();

        var cache = await CacheHealth.ReadAsync(client.Http);

        Assert.Equal("Healthy", cache["status"]!.GetValue<string>());
        Assert.Equal(redis.ConnectionString, cache["data"]!["redis"]!.GetValue<string>());
    }
}

public static class CacheHealth
{
    /// <summary>The <c>cache</c> entry of /health/ready.</summary>
    public static async Task<JsonNode> ReadAsync(HttpClient http)
    {
        using var response = await http.GetAsync("/health/ready");
        var health = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return health["checks"]!.AsArray().Single(c => c!["name"]!.GetValue<string>() == "cache")!;
    }

    public static async Task<string> StatusAsync(HttpClient http) => (await ReadAsync(http))["status"]!.GetValue<string>();
}
