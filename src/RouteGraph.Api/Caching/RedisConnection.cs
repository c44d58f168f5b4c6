using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace RouteGraph.Api.Caching;

/// <summary>
/// The one Redis connection of this process, shared by FusionCache's second level and its backplane; present when
/// <c>ConnectionStrings:Redis</c> is set. Made in the background at start (an unreachable Redis delays nothing), commands fail
/// fast while Redis is away (no backlog), and StackExchange.Redis reconnects by itself. What to do while Redis is away
/// (skip it, retry later, write back what was missed) is FusionCache's circuit breaker and auto-recovery, not ours.
/// </summary>
public sealed class RedisConnection : IHostedService, IAsyncDisposable
{
    readonly ConfigurationOptions? _configuration;
    readonly Lazy<Task<IConnectionMultiplexer>> _connection;

    public RedisConnection(IConfiguration configuration, IOptions<CacheOptions> options)
    {
        if (configuration.GetConnectionString("Redis") is { } text && !string.IsNullOrWhiteSpace(text))
            _configuration = Configure(text, options.Value.Redis);
        _connection = new(async () => await ConnectionMultiplexer.ConnectAsync(_configuration!));
    }

    /// <summary>Whether <c>ConnectionStrings:Redis</c> is set; without it the API runs with the in-process level only.</summary>
    public bool IsConfigured => _configuration is not null;

    /// <summary>Where Redis is (host:port list), never the password.</summary>
    public string Endpoints => _configuration is null ? "(none)" : string.Join(", ", _configuration.EndPoints.Select(e => e.ToString()));

    /// <summary>Connected now (false before the first connection, and while Redis is away).</summary>
    public bool IsConnected => _connection.IsValueCreated && _connection.Value is { IsCompletedSuccessfully: true } task && task.Result.IsConnected;

    /// <summary>The multiplexer, made once; it keeps reconnecting by itself.</summary>
    public Task<IConnectionMultiplexer> ConnectAsync() => _connection.Value;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (IsConfigured)
            _ = ConnectAsync();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    static ConfigurationOptions Configure(string connectionString, RedisSettings settings)
    {
        var options = ConfigurationOptions.Parse(connectionString);
        bool Given(string name) => connectionString.Contains(name + "=", StringComparison.OrdinalIgnoreCase);
        // Returns even when Redis is unreachable, and keeps reconnecting in the background.
        options.AbortOnConnectFail = false;
        // Commands issued while disconnected fail at once instead of queueing until their timeout.
        options.BacklogPolicy = BacklogPolicy.FailFast;
        if (!Given("connectTimeout"))
            options.ConnectTimeout = (int)settings.ConnectTimeout.TotalMilliseconds;
        if (!Given("syncTimeout"))
            options.SyncTimeout = (int)settings.OperationTimeout.TotalMilliseconds;
        if (!Given("asyncTimeout"))
            options.AsyncTimeout = (int)settings.OperationTimeout.TotalMilliseconds;
        if (!Given("name"))
            options.ClientName = "routegraph-api";
        // Try again soon after Redis comes back (the default backs off much further).
        options.ReconnectRetryPolicy = new ExponentialRetry(250, 2000);
        return options;
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated && _connection.Value is { IsCompletedSuccessfully: true } task)
            await task.Result.DisposeAsync();
    }
}
