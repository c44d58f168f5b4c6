using global::GraphQL;
using Microsoft.Extensions.Options;
using RouteGraph.Api.Caching;
using RouteGraph.Api.Explorer;
using RouteGraph.Api.Exports;
using RouteGraph.Api.Graph;
using RouteGraph.Api.GraphQL;
using RouteGraph.Api.GraphQL.Validation;
using RouteGraph.Api.Health;
using RouteGraph.Api.Http;
using RouteGraph.Api.Metrics;

namespace RouteGraph.Api;

/// <summary>Builds the RouteGraph API: services, then the HTTP pipeline. Program.cs and the tests both start here.</summary>
public static class ApiHost
{
    /// <summary>Where the API listens when neither --urls, ASPNETCORE_URLS nor Kestrel endpoints say otherwise.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public const string CorsPolicy = "RouteGraphFrontEnds";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // appsettings.json sits beside the binaries, whatever the working directory of `dotnet run`.
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && !builder.Configuration.GetSection("Kestrel:Endpoints").Exists())
            builder.WebHost.UseUrls(DefaultUrl);
        builder.Services.AddRouteGraphApi(builder.Configuration);
        configure?.Invoke(builder);
        var app = builder.Build();
        app.UseRouteGraphApi();
        return app;
    }

    public static IServiceCollection AddRouteGraphApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RouteGraphOptions>().Bind(configuration.GetSection(RouteGraphOptions.Section))
            .Validate(o => o.Limits.MaxBodyBytes > 0 && o.Limits.MaxDocumentLength > 0 && o.Limits.MaxDepth > 0
                && o.Limits.MaxComplexity > 0 && o.Limits.MaxAliases >= 0 && o.Limits.DefaultPageSize >= 0
                && o.Limits.MaxPageSize >= o.Limits.DefaultPageSize, "RouteGraph:Limits must be positive, MaxPageSize >= DefaultPageSize.")
            .ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddGraphSource(configuration);

        services.AddGraphQL(graphQL => graphQL
            .AddSchema<RouteGraphSchema>()
            .AddGraphTypes(typeof(RouteGraphSchema).Assembly)
            .AddSystemTextJson()
            .AddErrorInfoProvider<RouteGraphErrorInfoProvider>()
            .AddValidationRule<AliasLimitRule>()
            .AddValidationRule<DepthAndComplexityRule>());
        services.AddSingleton<IGraphQLRequestExecutor, GraphQLRequestExecutor>();
        services.AddSingleton<GraphiQLPage>();
        services.AddSingleton<GraphQLEndpoint>();

        services.AddHealthChecks().AddCheck<GraphHealthCheck>("graph", tags: [HealthEndpoints.ReadyTag]);
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy =>
        {
            var origins = configuration.GetSection("RouteGraph:Cors:Origins").Get<string[]>() ?? [];
            // Cache-Control is the cache opt-out (docs/caching.md); the exposed headers let a front end revalidate and see the graph version.
            policy.WithOrigins(origins).WithMethods("GET", "POST").WithHeaders("Content-Type", "Accept", "Cache-Control")
                .WithExposedHeaders("ETag", CachingGraphQLRequestExecutor.CacheHeader, CachingGraphQLRequestExecutor.GraphVersionHeader)
                .SetPreflightMaxAge(TimeSpan.FromHours(1));
        }));
        // Issue 4 (Caching/, Replicas/, Metrics/): response cache around IGraphQLRequestExecutor, persisted queries, Redis, replica sync, metrics.
        services.AddRouteGraphCaching(configuration);
        services.AddRouteGraphExports(); // Exports/: GeoJSON and CSV, cached like GraphQL answers
        return services;
    }

    public static WebApplication UseRouteGraphApi(this WebApplication app)
    {
        app.UseCors(CorsPolicy);
        app.UseStaticFiles(new StaticFileOptions { FileProvider = GraphiQLPage.Assets, RequestPath = GraphiQLPage.AssetPath });
        app.UseRouteGraphExplorer(); // Explorer/: the route explorer at /explore
        app.Map("/graphql", (HttpContext context, GraphQLEndpoint endpoint) => endpoint.HandleAsync(context));
        app.MapRouteGraphHealth();
        app.MapRouteGraphMetrics(); // Metrics/: Prometheus text at /metrics
        app.MapRouteGraphExports(); // Exports/: /exports/routes.geojson, /exports/coverage.csv
        app.MapGet("/", () => Results.Redirect("/graphql"));
        return app;
    }
}
