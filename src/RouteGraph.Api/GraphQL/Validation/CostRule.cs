using global::GraphQL.Types;
using global::GraphQL.Validation;
using global::GraphQL.Validation.Complexity;
using global::GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;

namespace RouteGraph.Api.GraphQL.Validation;

/// <summary>
/// The estimated cost of an operation (graphql-dotnet's complexity analysis with our field costs), refused past
/// <c>MaxComplexity</c> as MAX_COMPLEXITY_EXCEEDED. Every field costs 1, times the items of every list above it. A list
/// counts what it can return, IBM-style (<c>@listSize</c>): its slicing argument (<c>first</c>, <c>limit</c>; a connection page
/// counts <c>first</c> or the default page size), else its size in the data (<see cref="ListSizes"/>), else <c>ListSize</c>
/// (5). Introspection has a flat cost. docs/graphql.md (Limits) explains the numbers; depth is <see cref="DocumentLimitsRule"/>'s.
/// </summary>
public sealed class CostRule(IOptions<RouteGraphOptions> options) : ComplexityValidationRule(For(options.Value.Limits))
{
    /// <summary>
    /// What one <c>__schema</c> costs, whatever is asked inside it: introspection reads the schema, not the graph, so
    /// its size is bounded; GraphQL IDEs need it, and 30 aliased copies still exceed the default limit.
    /// </summary>
    public const int IntrospectionCost = 1_000;

    /// <summary>
    /// Lists that hold more than <c>ListSize</c> items in the data, IBM-style assumed sizes: the largest count on the bundled
    /// graph-seed, rounded up (a route's countries: 16, its legs: 15; a coverage matrix: 16 rows; a partnership's partners: 10; the EU's members: 27; a
    /// coverage matrix: 85 cells, 58 gaps; the graph view: 67 nodes, 188 edges). Each name must be a list field of the schema
    /// (<c>CostModelTests</c> checks it, so a renamed field cannot silently fall back to <c>ListSize</c>).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, int> ListSizes = new Dictionary<string, int>
    {
        ["Query.routes"] = 10,
        ["Query.partnershipsByRoute"] = 20,
        ["Timeline.events"] = 20,
        ["RouteCoverage.rows"] = 20,
        ["Route.countries"] = 20,
        ["Route.legs"] = 20,
        ["Partnership.partners"] = 10,
        ["Region.countries"] = 30,
        ["Document.citedBy"] = 50,
        ["RouteCoverage.cells"] = 100,
        ["RouteCoverage.gaps"] = 100,
        ["GraphView.nodes"] = 100,
        ["GraphView.edges"] = 200,
    };

    static ComplexityOptions For(GraphQLLimits limits) => new()
    {
        MaxComplexity = limits.MaxComplexity,
        DefaultComplexityImpactDelegate = context => Impact(context, limits),
    };

    static FieldComplexityResult Impact(FieldImpactContext context, GraphQLLimits limits)
    {
        switch (context.FieldDefinition.Name)
        {
            case "__schema":
                return new FieldComplexityResult(IntrospectionCost, 0);
            case "__type":
                return new FieldComplexityResult(IntrospectionCost / 10.0, 0);
        }

        var type = context.FieldDefinition.ResolvedType is NonNullGraphType nonNull ? nonNull.ResolvedType : context.FieldDefinition.ResolvedType;
        if (type is not ListGraphType)
            return new FieldComplexityResult(1, 1);
        var items = context.GetArgument<object?>("first") is int first ? Math.Clamp(first, 0, limits.MaxPageSize)
            : context.GetArgument<object?>("limit") is int limit ? Math.Max(limit, 0)
            : ListSizes.GetValueOrDefault($"{context.ParentType.Name}.{context.FieldDefinition.Name}", limits.ListSize);
        return new FieldComplexityResult(1, items);
    }

    protected override ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth)
    {
        var max = options.Value.Limits.MaxComplexity;
        if (totalComplexity > max)
            context.ReportError(new LimitExceededError(context.Document.Source, ErrorCodes.MaxComplexityExceeded,
                $"The operation's estimated cost is {totalComplexity:0}; at most {max} is allowed. Ask for fewer items (first, limit) or fewer nested lists.",
                max, totalComplexity, context.Operation));
        return ValueTask.CompletedTask;
    }
}
