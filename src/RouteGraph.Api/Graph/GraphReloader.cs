using Microsoft.Extensions.Options;
using RouteGraph.Core.Graph;

namespace RouteGraph.Api.Graph;

/// <summary>Loads the graph from the configured source and publishes it; one load at a time.</summary>
public sealed partial class GraphReloader(
    IServiceProvider services,
    CurrentGraph current,
    TimeProvider clock,
    ILogger<GraphReloader> logger)
{
    const int ProblemsLogged = 20;
    readonly SemaphoreSlim _gate = new(1, 1);

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
                var changed = current.Publish(graph, clock.GetUtcNow());
                if (changed)
                    LogLoaded(graph.Version, graph.Nodes.Count(), graph.Relations.Length, source.Description);
                return true;
            }

            foreach (var problem in result.Problems.Take(ProblemsLogged))
                LogProblem(problem.ToString());
            var summary = $"{result.Problems.Count} problem(s) loading from {source.Description}; first: "
                + (result.Problems.Count > 0 ? result.Problems[0].ToString() : "no graph returned");
            Fail(summary);
            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogLoadFailed(ex);
            Fail($"Loading failed: {ex.GetType().Name}: {ex.Message}");
            return false;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Reloads when the source holds a version other than the one served (or cannot tell).</summary>
    public async Task<bool> RefreshIfChangedAsync(CancellationToken cancellationToken)
    {
        string? version;
        try
        {
            version = await services.GetRequiredService<IGraphSource>().CurrentVersionAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogLoadFailed(ex);
            Fail($"Asking the source for its version failed: {ex.GetType().Name}: {ex.Message}");
            return false;
        }

        if (version is not null && version == current.Version)
            return false;
        return await ReloadAsync(cancellationToken);
    }

    void Fail(string problem)
    {
        current.ReportProblem(problem, clock.GetUtcNow());
        if (current.Graph is { } kept)
            LogKeptGraph(kept.Version);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving graph {GraphVersion}: {NodeCount} nodes, {RelationCount} relationships from {Source}")]
    partial void LogLoaded(string graphVersion, int nodeCount, int relationCount, string source);

    [LoggerMessage(Level = LogLevel.Error, Message = "Graph data problem: {Problem}")]
    partial void LogProblem(string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "Loading the graph failed")]
    partial void LogLoadFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reload failed; still serving graph {GraphVersion}")]
    partial void LogKeptGraph(string graphVersion);
}
