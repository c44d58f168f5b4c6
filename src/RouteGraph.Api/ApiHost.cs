using System.Text.Encodings.Web;
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
        const string L = RouteGraphOptions.Section + ":Limits";
        services.AddOptions<RouteGraphOptions>().BindConfiguration(RouteGraphOptions.Section)
            .Validate(o => o.Limits.MaxBodyBytes > 0, $"{L}:MaxBodyBytes must be 1 or more.")
            .Validate(o => o.Limits.MaxDocumentLength > 0, $"{L}:MaxDocumentLength must be 1 or more.")
            .Validate(o => o.Limits.MaxFields > 0, $"{L}:MaxFields must be 1 or more.")
            .Validate(o => o.Limits.MaxDepth > 0, $"{L}:MaxDepth must be 1 or more.")
            .Validate(o => o.Limits.MaxComplexity > 0, $"{L}:MaxComplexity must be 1 or more.")
            .Validate(o => o.Limits.ListSize > 0, $"{L}:ListSize must be 1 or more.")
            .Validate(o => o.Limits.MaxAliases >= 0, $"{L}:MaxAliases must be 0 or more.")
            .Validate(o => o.Limits.DefaultPageSize >= 0, $"{L}:DefaultPageSize must be 0 or more.")
            .Validate(o => o.Limits.MaxPageSize >= o.Limits.DefaultPageSize, $"{L}:MaxPageSize must be at least DefaultPageSize.")
            .Validate(o => o.PollInterval is null || o.PollInterval > TimeSpan.Zero, "RouteGraph:PollInterval must be a positive time span, such as 00:00:30, or unset.")
            .Validate(o => o.WarmUp.Rounds >= 0, "RouteGraph:WarmUp:Rounds must be 0 or more.")
            .Validate(o => o.WarmUp.MaxDuration >= TimeSpan.Zero, "RouteGraph:WarmUp:MaxDuration must be a time span of 0 or more, such as 00:00:03.")
            .Validate(o => o.RetryMaxDelay > TimeSpan.Zero, "RouteGraph:RetryMaxDelay must be a positive time span, such as 00:00:30.")
            .ValidateOnStart();
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.Section)
            .PostConfigure<IHostEnvironment>((health, environment) => health.ShowDetails ??= environment.IsDevelopment());
        services.AddSingleton(TimeProvider.System);
        services.AddGraphSource(configuration);

        services.AddGraphQL(graphQL => graphQL
            .AddSchema<RouteGraphSchema>()
            .AddGraphTypes(typeof(RouteGraphSchema).Assembly)
            // Readable answers: "Côte d'Ivoire", not "C\u00F4te d\u0027Ivoire" (JSON served as JSON, never embedded in HTML).
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddErrorInfoProvider<RouteGraphErrorInfoProvider>());
        // GraphQLRunner chooses the validation rules per request (the cheap limits, the spec's rules, the cost).
        services.AddSingleton<DocumentLimitsRule>();
        services.AddSingleton<CostRule>();
        services.AddSingleton<GraphQLRunner>();
        services.AddSingleton<GraphQLRequestReader>();
        services.AddSingleton<GraphiQLPage>();
        services.AddSingleton<GraphQLHttpMiddleware>();

        services.AddHealthChecks().AddCheck<GraphHealthCheck>("graph", tags: [HealthEndpoints.ReadyTag]);
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy =>
        {
            var origins = configuration.GetSection("RouteGraph:Cors:Origins").Get<string[]>() ?? [];
            // Cache-Control is the cache opt-out (docs/caching.md); the exposed headers let a front end revalidate and see the graph version.
            policy.WithOrigins(origins).WithMethods("GET", "POST").WithHeaders("Content-Type", "Accept", "Cache-Control")
                .WithExposedHeaders("ETag", GraphQLHttpMiddleware.CacheHeader, GraphQLHttpMiddleware.GraphVersionHeader)
                .SetPreflightMaxAge(TimeSpan.FromHours(1));
        }));
        // Caching/: the response cache (FusionCache, Redis when configured), persisted queries, parsed documents, /metrics.
        services.AddRouteGraphCaching();
        services.AddRouteGraphExports(); // Exports/: GeoJSON and CSV, cached like GraphQL answers
        return services;
    }

    public static WebApplication UseRouteGraphApi(this WebApplication app)
    {
        app.UseCors(CorsPolicy);
        app.UseStaticFiles(new StaticFileOptions { FileProvider = GraphiQLPage.Assets, RequestPath = GraphiQLPage.AssetPath });
        app.UseRouteGraphExplorer(); // Explorer/: the route explorer at /explore
        app.Map("/graphql", (HttpContext context, GraphQLHttpMiddleware graphQL) => graphQL.InvokeAsync(context));
        app.MapRouteGraphHealth();
        app.MapRouteGraphMetrics(); // Metrics/: Prometheus text at /metrics
        app.MapRouteGraphExports(); // Exports/: /exports/routes.geojson, /exports/coverage.csv
        app.MapGet("/", () => Results.Redirect("/graphql"));
        return app;
    }
}
