using Microsoft.Extensions.DependencyInjection.Extensions;
using RouteGraph.Core.Graph;
using RouteGraph.Core.Seed;
using RouteGraph.Neo4j;

namespace RouteGraph.Api.Graph;

/// <summary>
/// The one place that decides where the served graph comes from (<c>RouteGraph:Store</c>).
/// Each store (Seed, Neo4j) has its case here. A source registered before this call wins (tests do that).
/// </summary>
public static class GraphSourceRegistration
{
    public static IServiceCollection AddGraphSource(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(RouteGraphOptions.Section);
        var store = section["Store"] is { Length: > 0 } s ? s : "Seed";
        switch (store.ToLowerInvariant())
        {
            case "seed":
                // Resolved lazily: finding the bundled folder can fail, and that must show in
                // /health/ready and the logs, not stop the process at start.
                services.TryAddSingleton<IGraphSource>(_ =>
                    new SeedGraphSource(section["SeedPath"] is { Length: > 0 } path ? path : SeedLoader.DefaultDirectory()));
                break;
            case "neo4j":
                // The system of record in a deployment: loaded at start (retried with backoff by
                // GraphRefreshService) and polled for a new GraphMeta.version, every 30 s unless set.
                services.AddNeo4jGraphSource(configuration);
                services.PostConfigure<RouteGraphOptions>(o => o.PollInterval ??= TimeSpan.FromSeconds(30));
                break;
            default:
                throw new InvalidOperationException($"RouteGraph:Store '{store}' is not known; use Seed or Neo4j.");
        }

        services.TryAddSingleton<CurrentGraph>();
        services.TryAddSingleton<GraphWarmUp>();
        services.TryAddSingleton<GraphReloader>();
        services.AddHostedService<GraphRefreshService>();
        return services;
    }
}
