using RouteGraph.Core.Graph;

namespace RouteGraph.Api.Graph;

/// <summary>
/// Loads the graph from the configured source and publishes it; one load at a time. A source that keeps failing (Neo4j
/// down, retried with backoff) is logged once when the outage starts, as a warning without a stack trace, and once when
/// it ends; the attempts in between are Debug lines.
/// </summary>
public sealed partial class GraphReloader(
    IServiceProvider services,
    CurrentGraph current,
    GraphWarmUp warmUp,
    TimeProvider clock,
    ILogger<GraphReloader> logger)
{
    const int ProblemsLogged = 20;
    readonly SemaphoreSlim _gate = new(1, 1);
    int _failures;

    /// <summary>Loads the whole graph now. On failure the last good graph stays in service.</summary>
    public async Task<bool> ReloadAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var source = services.GetRequiredService<IGraphSource>();
            var result = await source.LoadAsync(cancellationToken);
            if (result.Succeeded)
            {
                var graph = result.Graph!;
                // A new version is warmed before it is published: readiness and the first request wait for it, not pay for it.
                if (graph.Version != current.Version)
                    await warmUp.WarmAsync(graph, cancellationToken);
                Recovered(source);
                if (current.Publish(graph, clock.GetUtcNow()))
                    LogLoaded(graph.Version, graph.Nodes.Count(), graph.Relations.Length, source.Description);
                return true;
            }

            if (_failures == 0)
            {
                foreach (var problem in result.Problems.Take(ProblemsLogged))
                    LogProblem(problem.ToString());
            }

            Fail(source, $"{result.Problems.Count} problem(s) in the graph data; first: "
                + (result.Problems.Count > 0 ? result.Problems[0].ToString() : "no graph returned"));
            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Fail(services.GetRequiredService<IGraphSource>(), $"loading failed: {ex.Message}");
            return false;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Reloads when the source holds a version other than the one served (or cannot tell). The source answering with the
    /// served version means the served graph is current: a problem left by an earlier failed reload is over.
    /// </summary>
    public async Task<bool> RefreshIfChangedAsync(CancellationToken cancellationToken)
    {
        var source = services.GetRequiredService<IGraphSource>();
        string? version;
        try
        {
            version = await source.CurrentVersionAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Fail(source, $"asking for the graph version failed: {ex.Message}");
            return false;
        }

        if (version is null || version != current.Version)
            return await ReloadAsync(cancellationToken);
        Recovered(source);
        return false;
    }

    void Fail(IGraphSource source, string problem)
    {
        current.ReportProblem(problem, clock.GetUtcNow());
        if (Interlocked.Increment(ref _failures) == 1)
            LogOutage(source.Description, problem, current.Version ?? "no graph yet");
        else
            LogStillFailing(source.Description, problem);
    }

    void Recovered(IGraphSource source)
    {
        current.ClearProblem();
        if (Interlocked.Exchange(ref _failures, 0) > 0)
            LogRecovered(source.Description);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving graph {GraphVersion}: {NodeCount} nodes, {RelationCount} relationships from {Source}")]
    partial void LogLoaded(string graphVersion, int nodeCount, int relationCount, string source);

    [LoggerMessage(Level = LogLevel.Error, Message = "Graph data problem: {Problem}")]
    partial void LogProblem(string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Loading the graph from {Source} fails: {Problem}; serving {Served} and retrying (further failures at Debug until it recovers)")]
    partial void LogOutage(string source, string problem, string served);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Loading the graph from {Source} still fails: {Problem}")]
    partial void LogStillFailing(string source, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loading the graph from {Source} works again")]
    partial void LogRecovered(string source);
}
