using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using RouteGraph.Api.Graph;

namespace RouteGraph.Api.Health;

/// <summary>
/// Ready once a graph is served; degraded when the last reload failed and an older graph is still served. What failed
/// (file paths, Neo4j's address) is shown only with <see cref="HealthOptions.ShowDetails"/>; the server log always has it.
/// </summary>
public sealed class GraphHealthCheck(CurrentGraph current, IOptions<HealthOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var state = current.State;
        var data = new Dictionary<string, object>();
        if (state.Graph is { } graph)
        {
            data["version"] = graph.Version;
            data["loadedAt"] = state.LoadedAt!.Value.ToString("O");
            data["nodes"] = graph.Nodes.Count();
            data["relationships"] = graph.Relations.Length;
        }

        if (state.Problem is not null)
            data["problemAt"] = state.ProblemAt!.Value.ToString("O");
        var problem = options.Value.ShowDetails == true ? state.Problem : "see the server log (RouteGraph:Health:ShowDetails shows it here)";

        var result = (state.Graph, state.Problem) switch
        {
            (null, null) => HealthCheckResult.Unhealthy("No graph loaded yet: the first load is under way.", data: data),
            (null, not null) => HealthCheckResult.Unhealthy($"No graph loaded yet: {problem}", data: data),
            ({ } g, null) => HealthCheckResult.Healthy($"Serving graph {g.Version}.", data),
            ({ } g, not null) => HealthCheckResult.Degraded($"Serving graph {g.Version}; the last reload failed: {problem}", data: data),
        };
        return Task.FromResult(result);
    }
}
