using global::GraphQL;
using RouteGraph.Core.Graph;

namespace RouteGraph.Api.GraphQL;

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
