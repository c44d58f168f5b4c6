using global::GraphQL;
using RouteGraph.Core.Analytics;

namespace RouteGraph.Api.GraphQL;

/// <summary>The arguments several query fields share, read and checked before an analytic sees them.</summary>
internal static class FieldArguments
{
    /// <summary>The <c>scenario</c> argument; a request that uses one is answered afresh and never cached.</summary>
    public static CoverageScenario? Scenario(this IResolveFieldContext context)
    {
        var scenario = context.GetArgument<CoverageScenario?>("scenario");
        if (scenario is { IsEmpty: false })
            context.DoNotCache();
        return scenario;
    }

    /// <summary>The graph and the <c>limit</c> argument, checked before an analytic sees it.</summary>
    public static Core.Graph.PolicyGraph GetGraphAndLimit(this IResolveFieldContext context, out int limit)
    {
        limit = context.GetArgument<int>("limit");
        if (limit < 1)
            throw ResolveContextExtensions.BadArgument($"limit must be 1 or more (it was {limit}).");
        return context.Graph();
    }
}
