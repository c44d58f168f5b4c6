using Microsoft.Extensions.DependencyInjection.Extensions;
using RouteGraph.Core.Graph;
using RouteGraph.Core.Seed;

namespace RouteGraph.Api.Graph;

/// <summary>
/// The one place that decides where the served graph comes from (<c>RouteGraph:Store</c>).
/// A new store (Neo4j) adds its case here. A source registered before this call wins (tests do that).
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
            default:
                throw new InvalidOperationException($"RouteGraph:Store '{store}' is not known; use Seed.");
        }

        services.TryAddSingleton<CurrentGraph>();
        services.TryAddSingleton<GraphReloader>();
        services.AddHostedService<GraphRefreshService>();
        return services;
    }
}
