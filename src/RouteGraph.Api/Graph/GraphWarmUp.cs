using System.Diagnostics;
using global::GraphQL;
using global::GraphQL.Transport;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using RouteGraph.Api.Caching;
using RouteGraph.Api.GraphQL;
using RouteGraph.Api.Http;
using RouteGraph.Core.Analytics;
using RouteGraph.Core.Graph;

namespace RouteGraph.Api.Graph;

/// <summary>
/// Prepares a freshly loaded snapshot before it is served: builds its analytics indexes and runs the representative
/// operations of WarmUp.graphql against it, through the same runner and serializer as requests. The first requests after
/// a start or a reload then find compiled code, filled graphql-dotnet and System.Text.Json caches and built indexes,
/// instead of paying for them. Answers are thrown away: nothing reaches the response cache.
/// </summary>
public sealed partial class GraphWarmUp(
    GraphQLRunner runner,
    DocumentCache documents,
    IGraphQLTextSerializer serializer,
    IServiceProvider services,
    IOptions<RouteGraphOptions> options,
    TimeProvider clock,
    ILogger<GraphWarmUp> logger)
{
    /// <summary>The route and day the operations ask about: the busiest route of the bundled graph.</summary>
    static readonly Inputs Variables = new(new Dictionary<string, object?>
    {
        ["route"] = "central-mediterranean",
        ["day"] = "2024-01-01",
    });

    static readonly Lazy<string> Operations = new(() =>
    {
        using var stream = typeof(GraphWarmUp).Assembly.GetManifestResourceStream("RouteGraph.Api.Graph.WarmUp.graphql")
            ?? throw new InvalidOperationException("WarmUp.graphql is not embedded in the API assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>Runs the warm-up on a snapshot; a failing operation is logged, never stops the snapshot from being served.</summary>
    public async Task<WarmUpReport> WarmAsync(PolicyGraph graph, CancellationToken cancellationToken)
    {
        var settings = options.Value.WarmUp;
        var started = Stopwatch.GetTimestamp();
        SnapshotPreparation.Prepare(graph);
        if (settings.Rounds == 0)
            return new WarmUpReport(0, 0, 0, Stopwatch.GetElapsedTime(started));

        var parsed = documents.Parse(Operations.Value);
        var names = parsed.Document.Definitions.OfType<GraphQLOperationDefinition>().Select(o => o.Name!.StringValue).ToList();
        var today = GraphQLHttpMiddleware.Today(clock);
        var failures = 0;
        var rounds = 0;
        for (; rounds < settings.Rounds; rounds++)
        {
            if (rounds > 0 && Stopwatch.GetElapsedTime(started) > settings.MaxDuration)
                break;
            foreach (var name in names)
            {
                var request = new GraphQLRequest { Query = Operations.Value, OperationName = name, Variables = Variables };
                var (result, _) = await runner.RunAsync(request, parsed, graph, today, isGet: false, services, cancellationToken);
                await serializer.WriteAsync(Stream.Null, result, cancellationToken);
                if (rounds == 0 && result.Errors is { Count: > 0 } errors)
                {
                    failures++;
                    LogOperationFailed(name, graph.Version, errors[0].Message);
                }
            }
        }

        var report = new WarmUpReport(names.Count, rounds, failures, Stopwatch.GetElapsedTime(started));
        LogWarmedUp(graph.Version, report.Operations, report.Rounds, report.Duration.TotalMilliseconds, report.Failures);
        return report;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Warmed up graph {GraphVersion}: {Operations} operations, {Rounds} round(s) in {DurationMs:0} ms ({Failures} with errors)")]
    partial void LogWarmedUp(string graphVersion, int operations, int rounds, double durationMs, int failures);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warm-up operation {Operation} answered with errors on graph {GraphVersion}: {Error}")]
    partial void LogOperationFailed(string operation, string graphVersion, string error);
}
