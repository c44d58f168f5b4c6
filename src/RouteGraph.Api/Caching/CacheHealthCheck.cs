using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using RouteGraph.Api.Replicas;

namespace RouteGraph.Api.Caching;

/// <summary>
/// The <c>cache</c> entry of /health/ready. Degraded, never Unhealthy, when Redis is configured but unavailable: the API
/// still answers every request (from the in-process level, or by executing), so it stays in the load balancer.
/// </summary>
public sealed class CacheHealthCheck(RedisConnection redis, GraphVersionSync sync, IOptions<CacheOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>
        {
            ["responseCache"] = options.Value.Enabled ? "on" : "off",
            ["redis"] = redis.IsConfigured ? redis.Endpoints : "not configured",
        };
        if (!redis.IsConfigured)
            return Task.FromResult(HealthCheckResult.Healthy("In-process cache only (ConnectionStrings:Redis is not set).", data));

        data["replicaId"] = sync.ReplicaId;
        if (sync.LastAnnounced is { } announced)
            data["lastAnnouncedVersion"] = announced;
        if (sync.LastHeard is { } heard)
            data["lastHeardVersion"] = heard;

        if (redis.Fault is not { } fault)
            return Task.FromResult(HealthCheckResult.Healthy($"Redis at {redis.Endpoints} connected.", data));

        data["unavailableSince"] = fault.Since.ToString("O");
        return Task.FromResult(HealthCheckResult.Degraded(
            $"Redis at {redis.Endpoints} unavailable ({fault.Reason}); answering without it (in-process cache only, no replica sync) until it returns.",
            data: data));
    }
}
