using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace RouteGraph.Api.Caching;

/// <summary>
/// The one Redis connection of this process (response cache level 2, persisted queries, replica sync), present when
/// <c>ConnectionStrings:Redis</c> is set. It never blocks a request: the connection is made in the background, commands
/// fail fast while Redis is away (no backlog), and after a failed command Redis is skipped for
/// <see cref="RedisSettings.RetryAfter"/> so a stream of requests does not wait for one timeout each.
/// StackExchange.Redis reconnects by itself; <see cref="Connected"/> tells the replica sync to catch up.
/// </summary>
public sealed partial class RedisConnection : IHostedService, IAsyncDisposable
{
    readonly ConfigurationOptions? _configuration;
    readonly RedisSettings _settings;
    readonly TimeProvider _clock;
    readonly ILogger<RedisConnection> _logger;
    readonly Lock _gate = new();
    Task<ConnectionMultiplexer?>? _connecting;
    volatile ConnectionMultiplexer? _multiplexer;
    long _skipUntil;
    volatile RedisFault? _fault;
    volatile bool _disposed;

    public RedisConnection(IConfiguration configuration, IOptions<CacheOptions> options, TimeProvider clock, ILogger<RedisConnection> logger)
    {
        _settings = options.Value.Redis;
        _clock = clock;
        _logger = logger;
        if (configuration.GetConnectionString("Redis") is { Length: > 0 } connectionString && !string.IsNullOrWhiteSpace(connectionString))
            _configuration = BuildConfiguration(connectionString, _settings);
    }

    /// <summary>Whether <c>ConnectionStrings:Redis</c> is set; without it the API runs with the in-process level only.</summary>
    public bool IsConfigured => _configuration is not null;

    /// <summary>Where Redis is (host:port list), never the password.</summary>
    public string Endpoints => _configuration is null ? "(none)" : string.Join(", ", _configuration.EndPoints.Select(e => e.ToString()));

    public string KeyPrefix => _settings.KeyPrefix;

    /// <summary>True while Redis is connected and no command failed in the last <see cref="RedisSettings.RetryAfter"/>.</summary>
    public bool IsAvailable => _multiplexer is { IsConnected: true } && _clock.GetUtcNow().UtcTicks >= Interlocked.Read(ref _skipUntil);

    /// <summary>The connection, once made (null before, or when Redis is not configured).</summary>
    public IConnectionMultiplexer? Multiplexer => _multiplexer;

    /// <summary>Why Redis is not available, and since when; null while it is.</summary>
    public RedisFault? Fault => IsAvailable ? null : _fault ?? new RedisFault(_multiplexer is null ? "connecting" : "not connected", _clock.GetUtcNow());

    /// <summary>Raised (on a pool thread) each time the connection to Redis is made or made again.</summary>
    public event Action? Connected;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (_configuration is not null)
            _ = ConnectOnceAsync(); // in the background: an unreachable Redis must not delay start
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The multiplexer, connecting first if needed; null when not configured or the configuration is unusable.</summary>
    public Task<ConnectionMultiplexer?> ConnectOnceAsync()
    {
        if (_configuration is null)
            return Task.FromResult<ConnectionMultiplexer?>(null);
        lock (_gate)
            return _connecting ??= ConnectAsync(_configuration);
    }

    async Task<ConnectionMultiplexer?> ConnectAsync(ConfigurationOptions configuration)
    {
        try
        {
            // abortConnect=false: returns even when Redis is unreachable, and keeps reconnecting in the background.
            var multiplexer = await ConnectionMultiplexer.ConnectAsync(configuration);
            multiplexer.ConnectionFailed += OnConnectionFailed;
            multiplexer.ConnectionRestored += OnConnectionRestored;
            _multiplexer = multiplexer;
            if (multiplexer.IsConnected)
            {
                LogConnected(Endpoints);
                RaiseConnected();
            }
            else
            {
                _fault = new RedisFault($"not reachable at start ({ConnectionFailureType.UnableToConnect})", _clock.GetUtcNow());
                LogUnavailable(Endpoints, _fault.Reason);
                _ = WatchFirstConnectionAsync(multiplexer);
            }

            return multiplexer;
        }
        catch (Exception ex)
        {
            _fault = new RedisFault($"cannot connect: {ex.GetType().Name}: {ex.Message}", _clock.GetUtcNow());
            LogUnavailable(Endpoints, _fault.Reason);
            return null;
        }
    }

    /// <summary>
    /// A connection made after a slow or failed start does not always come with a ConnectionRestored event; this tells
    /// the replica sync all the same (an extra Connected is harmless).
    /// </summary>
    async Task WatchFirstConnectionAsync(ConnectionMultiplexer multiplexer)
    {
        while (!multiplexer.IsConnected)
        {
            if (_disposed)
                return;
            await Task.Delay(250);
        }

        if (_fault is not null && Interlocked.Read(ref _skipUntil) == 0)
            _fault = null;
        RaiseConnected();
    }

    /// <summary>A command failed: skip Redis for a short while, so the requests behind this one do not each wait for a timeout.</summary>
    public void ReportFailure(Exception exception, string doing)
    {
        var now = _clock.GetUtcNow();
        Interlocked.Exchange(ref _skipUntil, (now + _settings.RetryAfter).UtcTicks);
        var first = _fault is null;
        _fault = new RedisFault($"{doing} failed: {exception.GetType().Name}: {Shorten(exception.Message)}", _fault?.Since ?? now);
        if (first)
            LogUnavailable(Endpoints, _fault.Reason);
    }

    /// <summary>A command succeeded after a fault reported by <see cref="ReportFailure"/> (the connection itself never dropped).</summary>
    public void ReportSuccess()
    {
        if (_fault is not null && _multiplexer is { IsConnected: true })
            _fault = null;
    }

    void OnConnectionFailed(object? sender, ConnectionFailedEventArgs e)
    {
        if (e.ConnectionType != ConnectionType.Interactive)
            return;
        var first = _fault is null;
        _fault = new RedisFault($"connection lost ({e.FailureType})", _fault?.Since ?? _clock.GetUtcNow());
        if (first)
            LogUnavailable(Endpoints, _fault.Reason);
    }

    void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e)
    {
        if (e.ConnectionType != ConnectionType.Interactive)
            return;
        Interlocked.Exchange(ref _skipUntil, 0);
        _fault = null;
        LogConnected(Endpoints);
        RaiseConnected();
    }

    void RaiseConnected()
    {
        try
        {
            Connected?.Invoke();
        }
        catch (Exception ex)
        {
            LogHandlerFault(ex);
        }
    }

    /// <summary>StackExchange.Redis messages carry a page of connection state; health and logs need the first clause.</summary>
    static string Shorten(string message)
    {
        var end = message.IndexOfAny([',', '(']);
        var first = (end > 20 ? message[..end] : message).Trim();
        return first.Length > 160 ? first[..160] + "…" : first;
    }

    static ConfigurationOptions BuildConfiguration(string connectionString, RedisSettings settings)
    {
        var options = ConfigurationOptions.Parse(connectionString);
        bool Given(string name) => connectionString.Contains(name + "=", StringComparison.OrdinalIgnoreCase);

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
        _disposed = true;
        if (_multiplexer is { } multiplexer)
        {
            multiplexer.ConnectionFailed -= OnConnectionFailed;
            multiplexer.ConnectionRestored -= OnConnectionRestored;
            await multiplexer.DisposeAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis connected at {Endpoints}")]
    partial void LogConnected(string endpoints);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis at {Endpoints} unavailable, answering without it until it returns: {Reason}")]
    partial void LogUnavailable(string endpoints, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "A handler of the Redis connected event failed")]
    partial void LogHandlerFault(Exception exception);
}

/// <summary>Why Redis is not in use, and since when.</summary>
public sealed record RedisFault(string Reason, DateTimeOffset Since);
