using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Polly.Telemetry;
using RouteGraph.Core.Graph;
using RouteGraph.Neo4j.Load;
using RouteGraph.Neo4j.QueryApi;

namespace RouteGraph.Neo4j;

public static class Neo4jServiceCollectionExtensions
{
    /// <summary>The configuration section: RouteGraph:Neo4j (environment: RouteGraph__Neo4j__Uri, ...).</summary>
    public const string Section = "RouteGraph:Neo4j";

    /// <summary>
    /// Registers <see cref="ICypherRunner"/> as the HTTP Query API client: a named HttpClient with
    /// a resilience handler (retry with exponential backoff and jitter, per-attempt timeout).
    /// </summary>
    public static IServiceCollection AddNeo4jQueryApi(this IServiceCollection services, Neo4jOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.TryAddSingleton(options);
        services.AddHttpClient(Neo4jQueryApiClient.HttpClientName, http =>
            {
                http.BaseAddress = options.HttpBase;
                // The resilience pipeline owns timeouts (per attempt); HttpClient's own would cut retries short.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            // HttpClientFactory logs every failed attempt with its stack trace, and Polly every retry as a warning: against a
            // Neo4j that is down that is a page a second. The graph reloader says it once per outage instead.
            .RemoveAllLoggers()
            .AddResilienceHandler("neo4j-query-api", (pipeline, context) =>
                QueryApiResilience.Configure(pipeline, options,
                    context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger<Neo4jQueryApiClient>()));
        services.Configure<TelemetryOptions>(telemetry => telemetry.SeverityProvider = args =>
            args.Event.EventName is "OnRetry" or "ExecutionAttempt" ? ResilienceEventSeverity.Debug : args.Event.Severity);
        services.TryAddSingleton<ICypherRunner>(sp => new Neo4jQueryApiClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(Neo4jQueryApiClient.HttpClientName),
            options,
            sp.GetService<ILogger<Neo4jQueryApiClient>>()));
        return services;
    }

    /// <summary>
    /// Makes Neo4j the API's graph source (RouteGraph:Store = Neo4j): registers the Query API client and
    /// <see cref="Neo4jGraphSource"/> as the <see cref="IGraphSource"/>, replacing any registered before.
    /// Reads RouteGraph:Neo4j:Uri (required), Database (default neo4j), User and Password (falling back
    /// to NEO4J_USER / NEO4J_PASSWORD), RequestTimeout and RetryDelay (TimeSpan, e.g. 00:00:30), MaxRetries.
    /// </summary>
    public static IServiceCollection AddNeo4jGraphSource(this IServiceCollection services, IConfiguration configuration)
    {
        var options = OptionsFrom(configuration);
        services.AddNeo4jQueryApi(options);
        services.Replace(ServiceDescriptor.Singleton<IGraphSource>(sp => new Neo4jGraphSource(
            sp.GetRequiredService<ICypherRunner>(),
            sp.GetService<ILogger<Neo4jGraphSource>>())));
        return services;
    }

    /// <summary>Reads <see cref="Neo4jOptions"/> from configuration; a missing or bad setting is named in the exception.</summary>
    public static Neo4jOptions OptionsFrom(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var uriText = section["Uri"];
        if (string.IsNullOrWhiteSpace(uriText))
            throw new InvalidOperationException($"{Section}:Uri is not set (environment: RouteGraph__Neo4j__Uri), e.g. http://localhost:7474.");
        if (!Uri.TryCreate(uriText, UriKind.Absolute, out var uri))
            throw new InvalidOperationException($"{Section}:Uri is not an absolute URI.");
        if (!string.IsNullOrEmpty(uri.UserInfo))
            throw new InvalidOperationException($"{Section}:Uri holds credentials; set {Section}:User and {Section}:Password instead.");

        var defaults = new Neo4jOptions { Uri = uri };
        var options = new Neo4jOptions
        {
            Uri = uri,
            Database = NonEmpty(section["Database"]) ?? defaults.Database,
            User = NonEmpty(section["User"]) ?? NonEmpty(configuration["NEO4J_USER"]),
            Password = NonEmpty(section["Password"]) ?? NonEmpty(configuration["NEO4J_PASSWORD"]),
            RequestTimeout = Time(section, "RequestTimeout") ?? defaults.RequestTimeout,
            RetryDelay = Time(section, "RetryDelay") ?? defaults.RetryDelay,
            MaxRetries = section["MaxRetries"] is { } retries
                ? int.TryParse(retries, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0
                    ? n
                    : throw new InvalidOperationException($"{Section}:MaxRetries must be a whole number, 0 or more.")
                : defaults.MaxRetries,
        };
        _ = options.HttpBase; // fails now, with a clear message, on an unsupported scheme
        return options;
    }

    static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    static TimeSpan? Time(IConfigurationSection section, string key) => section[key] switch
    {
        null or "" => null,
        var s when TimeSpan.TryParse(s, CultureInfo.InvariantCulture, out var t) && t > TimeSpan.Zero => t,
        _ => throw new InvalidOperationException($"{Section}:{key} must be a positive time span such as 00:00:30."),
    };
}
