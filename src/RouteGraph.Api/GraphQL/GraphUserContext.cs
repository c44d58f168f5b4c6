using global::GraphQL;
using RouteGraph.Core.Graph;

namespace RouteGraph.Api.GraphQL;

/// <summary>
/// The execution's user context: the graph captured once when the request started, so a reload
/// in the middle of a request cannot mix two versions in one answer, and "today" read once from the
/// injected clock, so a question without a day is answered for one day throughout.
/// </summary>
public sealed class GraphUserContext(PolicyGraph graph, DateOnly today) : Dictionary<string, object?>
{
    public PolicyGraph Graph { get; } = graph;

    /// <summary>The day a question without a day is about (UTC, from the injected TimeProvider); part of the cache key.</summary>
    public DateOnly Today { get; } = today;

    /// <summary>False once a resolver computed something that must never be stored (a what-if scenario).</summary>
    public bool Cacheable { get; private set; } = true;

    public void DoNotCache() => Cacheable = false;
}

public static class ResolveContextExtensions
{
    /// <summary>The graph this request reads.</summary>
    public static PolicyGraph Graph(this IResolveFieldContext context) => ((GraphUserContext)context.UserContext).Graph;

    /// <summary>The day a question without a day is about.</summary>
    public static DateOnly Today(this IResolveFieldContext context) => ((GraphUserContext)context.UserContext).Today;

    /// <summary>Marks the answer as one the response cache must not store.</summary>
    public static void DoNotCache(this IResolveFieldContext context) => ((GraphUserContext)context.UserContext).DoNotCache();

    /// <summary>An error about an argument value, reported with the field's location and path.</summary>
    public static ExecutionError BadArgument(string message) => new(message) { Code = ErrorCodes.BadArgument };

    /// <summary>Runs an analytic, turning its argument checks (ArgumentException) into BAD_ARGUMENT errors.</summary>
    public static T Analyse<T>(Func<T> analytic)
    {
        try
        {
            return analytic();
        }
        catch (ArgumentException ex)
        {
            throw BadArgument(ex is ArgumentOutOfRangeException { ParamName: { } name }
                ? $"Argument '{name}' is out of range: {FirstLine(ex.Message)}"
                : FirstLine(ex.Message));
        }
    }

    static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
