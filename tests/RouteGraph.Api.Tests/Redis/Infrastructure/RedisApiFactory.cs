using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RouteGraph.Api.Caching;
using RouteGraph.Api.Tests.Infrastructure;
using StackExchange.Redis;

namespace RouteGraph.Api.Tests.Redis.Infrastructure;

/// <summary>The API in memory over the test graph, with ConnectionStrings:Redis pointing at a test redis-server.</summary>
public sealed class RedisApiFactory : ApiFactory
{
    public RedisApiFactory(RedisServer redis, IDictionary<string, string?>? settings = null)
    {
        Settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["ConnectionStrings:Redis"] = redis.ConnectionString,
        };
    }

    /// <summary>A graph source to use instead of <see cref="ApiFactory.Source"/>.</summary>
    public Core.Graph.IGraphSource? OtherSource { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (OtherSource is { } source)
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<Core.Graph.IGraphSource>();
                services.AddSingleton(source);
            });
    }

    public RedisConnection Redis => Services.GetRequiredService<RedisConnection>();

    /// <summary>A client whose API has its graph loaded and is connected to Redis.</summary>
    public async Task<GraphQLClient> ConnectedClientAsync()
    {
        var client = await ReadyClientAsync();
        await Eventually.TrueAsync(() => Redis.IsConnected, "the API to connect to Redis");
        return client;
    }
}

public static class RedisInspection
{
    /// <summary>A separate connection for the test to look into Redis.</summary>
    public static Task<ConnectionMultiplexer> ConnectAsync(RedisServer server) =>
        ConnectionMultiplexer.ConnectAsync($"{server.ConnectionString},abortConnect=false,connectTimeout=2000");

    public static async Task<IReadOnlyList<string>> KeysAsync(RedisServer server, string pattern)
    {
        await using var connection = await ConnectAsync(server);
        var keys = new List<string>();
        await foreach (var key in connection.GetServer(connection.GetEndPoints()[0]).KeysAsync(pattern: pattern))
            keys.Add(key.ToString());
        return keys;
    }
}
