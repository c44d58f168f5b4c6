namespace RouteGraph.Api.Caching;

/// <summary>How the API talks to Redis: short timeouts, so a Redis fault slows no request for long.</summary>
public sealed class RedisSettings
{
    /// <summary>Longest wait for a connection; applies unless the connection string sets connectTimeout.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest wait for one Redis command before the request goes on without it.</summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>After a failed Redis command, how long requests skip Redis (FusionCache's circuit breaker).</summary>
    public TimeSpan CircuitBreaker { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Prefix of every key and channel the API uses, so several deployments can share one Redis.</summary>
    public string KeyPrefix { get; set; } = "routegraph:";
}
