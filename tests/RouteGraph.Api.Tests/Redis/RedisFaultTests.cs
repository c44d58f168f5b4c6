using System.Net;
using RouteGraph.Api.Tests.Infrastructure;
using RouteGraph.Api.Tests.Redis.Infrastructure;

namespace RouteGraph.Api.Tests.Redis;

/// <summary>
/// Redis lost mid-traffic or absent at start: every request is still answered, /health/ready says the cache is
/// degraded, and caching through Redis resumes by itself when it returns. A real redis-server is killed and restarted.
/// </summary>
public sealed class RedisFaultTests
{
    static string? CacheOf(GraphQLAnswer answer) => answer.Response.Headers.TryGetValues("X-Cache", out var v) ? v.Single() : null;

    /// <summary>A query no earlier request asked (an alias makes it a new document), so it misses and goes to Redis.</summary>
    static string Fresh(string tag) => $"{{ {tag}: routes {{ id name }} }}";

    [SkippableFact]
    public async Task Killing_redis_during_a_stream_of_requests_fails_none_and_caching_resumes_when_it_returns()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var api = new RedisApiFactory(redis);
        var client = await api.ConnectedClientAsync();

        const int Requests = 300;
        const int KillAt = 100;
        const int Parallel = 4;
        var answers = new GraphQLAnswer[Requests];
        for (var batch = 0; batch < Requests; batch += Parallel)
        {
            if (batch == KillAt)
                redis.Kill();
            var sent = Enumerable.Range(batch, Parallel).Select(async i =>
                // Each query is new (a miss that reads and writes Redis) every other time; the rest repeat one (a hit).
                answers[i] = await client.PostAsync(i % 2 == 0 ? Fresh($"r{i}") : Fresh("repeated")));
            await Task.WhenAll(sent);
        }

        Assert.All(answers, (answer, i) =>
        {
            Assert.True(answer.Status == HttpStatusCode.OK, $"request {i}: {answer.Status}");
            Assert.NotEmpty(answer.OkData().AsObject().Single().Value!.AsArray());
        });
        Assert.Contains(answers[KillAt..], a => CacheOf(a) == "MISS"); // executed without Redis
        Assert.Equal("Degraded", await CacheHealth.StatusAsync(client.Http));
        var degraded = await CacheHealth.ReadAsync(client.Http);
        Assert.Contains("unavailable", degraded["description"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/health/ready")).StatusCode); // still in the load balancer

        await redis.StartAsync(); // same port, empty: nothing survived the crash
        await Eventually.TrueAsync(async () => await CacheHealth.StatusAsync(client.Http) == "Healthy", "the cache to report Healthy again");

        // Over GET, whose ETag is the cache key: the test can look for this very answer in Redis (FusionCache also writes back
        // there what it could not write while Redis was away, so "some answer" would prove nothing).
        var afterwards = Fresh("afterwards");
        var computed = await client.GetAsync(afterwards);
        Assert.Equal("MISS", CacheOf(computed));
        Assert.Equal("HIT", CacheOf(await client.GetAsync(afterwards)));
        var key = computed.Response.Headers.ETag!.Tag.Trim('"');
        await Eventually.TrueAsync(async () => (await RedisInspection.KeysAsync(redis, $"routegraph:*response:{key}")).Count == 1,
            "the answer to be written to the restarted Redis");

        // And read back from it: another instance, with an empty in-process level, finds it there.
        await using var other = new RedisApiFactory(redis);
        var otherClient = await other.ConnectedClientAsync();
        Assert.Equal("HIT", CacheOf(await otherClient.GetAsync(afterwards)));
    }

    [SkippableFact]
    public async Task Redis_unreachable_at_start_answers_every_request_and_caching_through_redis_starts_when_it_appears()
    {
        await using var redis = RedisServer.NotStarted();
        await using var api = new RedisApiFactory(redis);
        var client = await api.ReadyClientAsync();

        var query = Fresh("early");
        var first = await client.PostAsync(query);
        var second = await client.PostAsync(query);
        Assert.Equal("MISS", CacheOf(first));
        Assert.Equal("HIT", CacheOf(second)); // the in-process level works without Redis
        Assert.NotEmpty(second.OkData()["early"]!.AsArray());
        Assert.Equal("Degraded", await CacheHealth.StatusAsync(client.Http));

        await redis.StartAsync();
        await Eventually.TrueAsync(async () => await CacheHealth.StatusAsync(client.Http) == "Healthy", "the API to connect once Redis is up");

        Assert.Equal("MISS", CacheOf(await client.PostAsync(Fresh("late"))));
        await Eventually.TrueAsync(async () => (await RedisInspection.KeysAsync(redis, "routegraph:*response:*")).Count > 0,
            "an answer to be written to Redis");
    }
}
