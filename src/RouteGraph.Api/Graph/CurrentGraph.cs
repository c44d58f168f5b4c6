using RouteGraph.Core.Graph;

namespace RouteGraph.Api.Graph;

/// <summary>
/// The graph the API serves. A reload swaps the whole state atomically, so a reader sees one
/// version or the next, never a mix; requests capture <see cref="Graph"/> once and keep it.
/// </summary>
public sealed class CurrentGraph
{
    GraphState _state = GraphState.Empty;
    readonly TaskCompletionSource _firstLoad = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public GraphState State => Volatile.Read(ref _state);

    public PolicyGraph? Graph => State.Graph;

    public string? Version => State.Graph?.Version;

    /// <summary>Raised after a new graph version was published (not when the same version is loaded again).</summary>
    public event Action<PolicyGraph>? Changed;

    /// <summary>Completes when the first graph is published.</summary>
    public Task WhenLoadedAsync(CancellationToken cancellationToken = default) => _firstLoad.Task.WaitAsync(cancellationToken);

    /// <summary>Serves a newly loaded graph; returns whether the version changed.</summary>
    public bool Publish(PolicyGraph graph, DateTimeOffset at)
    {
        var previous = Interlocked.Exchange(ref _state, new GraphState(graph, at, null, null));
        _firstLoad.TrySetResult();
        if (previous.Graph?.Version == graph.Version)
            return false;
        Changed?.Invoke(graph);
        return true;
    }

    /// <summary>Records a failed load; the last good graph stays in service.</summary>
    public void ReportProblem(string problem, DateTimeOffset at)
    {
        GraphState seen, next;
        do
        {
            seen = State;
            next = seen with { Problem = problem, ProblemAt = at };
        }
        while (Interlocked.CompareExchange(ref _state, next, seen) != seen);
    }

    /// <summary>The source works again (it answers with the served version): the last problem is over.</summary>
    public void ClearProblem()
    {
        GraphState seen;
        do
            seen = State;
        while (seen.Problem is not null && Interlocked.CompareExchange(ref _state, seen with { Problem = null, ProblemAt = null }, seen) != seen);
    }
}
