using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using RouteGraph.Api.Health;

namespace RouteGraph.Api.Caching;

/// <summary>
/// The <c>cache</c> entry of /health/ready. Degraded, never Unhealthy, when Redis is configured but not connected: the API
/// still answers every request (from process memory, or by executing), so it stays in the load balancer.
/// </summary>
public sealed class CacheHealthCheck(RedisConnection redis, IOptions<CacheOptions> options, IOptions<HealthOptions> health) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["responseCache"] = options.Value.Enabled ? "on" : "off" };
        // Where Redis is tells an attacker where to go next: operators only.
        if (health.Value.ShowDetails == true)
            data["redis"] = redis.IsConfigured ? redis.Endpoints : "not configured";
        var result = (redis.IsConfigured, redis.IsConnected) switch
        {
            (false, _) => HealthCheckResult.Healthy("In-process cache only (ConnectionStrings:Redis is not set).", data),
            (true, true) => HealthCheckResult.Healthy("Redis connected.", data),
            _ => HealthCheckResult.Degraded("Redis unavailable; answering without it (in-process cache only) until it returns.", data: data),
        };
        return Task.FromResult(result);
    }
}
