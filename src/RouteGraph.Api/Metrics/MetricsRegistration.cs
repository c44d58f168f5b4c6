using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;

namespace RouteGraph.Api.Metrics;

/// <summary>System.Diagnostics.Metrics instruments exported in Prometheus text format at /metrics through OpenTelemetry.</summary>
public static class MetricsRegistration
{
    public const string Path = "/metrics";

    public static IServiceCollection AddRouteGraphMetrics(this IServiceCollection services)
    {
        services.TryAddSingleton<ApiMetrics>();
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            // Ours, plus ASP.NET Core's request duration (http.server.request.duration), which carries the routegraph.cache tag.
            .AddMeter(ApiMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
            .AddPrometheusExporter());
        return services;
    }

    public static IEndpointRouteBuilder MapRouteGraphMetrics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPrometheusScrapingEndpoint(Path);
        return endpoints;
    }
}
