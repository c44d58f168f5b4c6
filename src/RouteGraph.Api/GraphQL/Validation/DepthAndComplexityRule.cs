using global::GraphQL.Validation;
using global::GraphQL.Validation.Complexity;
using global::GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;

namespace RouteGraph.Api.GraphQL.Validation;

/// <summary>
/// graphql-dotnet's complexity analysis (depth and estimated cost of the selected operation), reporting
/// our own codes: MAX_DEPTH_EXCEEDED and MAX_COMPLEXITY_EXCEEDED. Depth counts field levels, leaves included
/// (<c>{ routes { id } }</c> is 2). Cost: 1 per field, times the items of every list above it, a list counting
/// <c>first</c> items when given, else 5 (a connection page counts as its page size); introspection has a flat cost.
/// </summary>
public sealed class DepthAndComplexityRule(IOptions<RouteGraphOptions> options) : ComplexityValidationRule(ComplexityOptionsFor(options.Value.Limits))
{
    /// <summary>
    /// What one <c>__schema</c> costs, whatever is asked inside it: introspection reads the schema, not the graph, so
    /// its size is bounded; GraphQL IDEs need it, and 30 aliased copies still exceed the default limit.
    /// </summary>
    public const int IntrospectionCost = 1_000;

    static ComplexityOptions ComplexityOptionsFor(GraphQLLimits limits)
    {
        var options = new ComplexityOptions { MaxDepth = limits.MaxDepth, MaxComplexity = limits.MaxComplexity };
        var standard = options.DefaultComplexityImpactDelegate;
        options.DefaultComplexityImpactDelegate = context => context.FieldDefinition.Name switch
        {
            "__schema" => new FieldComplexityResult(IntrospectionCost, 0),
            "__type" => new FieldComplexityResult(IntrospectionCost / 10.0, 0),
            _ => standard(context),
        };
        return options;
    }

    /// <summary>Skips operations the schema has no root for (graphql-dotnet's analysis would throw); validation reports those.</summary>
    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) =>
        context.Operation.Operation switch
        {
            GraphQLParser.AST.OperationType.Mutation when context.Schema.Mutation is null => default,
            GraphQLParser.AST.OperationType.Subscription when context.Schema.Subscription is null => default,
            _ => base.GetPostNodeVisitorAsync(context),
        };

    protected override ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth)
    {
        var limits = options.Value.Limits;
        if (maxDepth > limits.MaxDepth)
            context.ReportError(new LimitExceededError(context.Document.Source, ErrorCodes.MaxDepthExceeded,
                $"The operation nests fields {maxDepth} levels deep; at most {limits.MaxDepth} are allowed.",
                limits.MaxDepth, maxDepth, context.Operation));
        else if (totalComplexity > limits.MaxComplexity)
            context.ReportError(new LimitExceededError(context.Document.Source, ErrorCodes.MaxComplexityExceeded,
                $"The operation's estimated cost is {totalComplexity:0}; at most {limits.MaxComplexity:0} is allowed. "
                + "Ask for fewer items (first) or fewer nested lists.",
                limits.MaxComplexity, totalComplexity, context.Operation));
        return ValueTask.CompletedTask;
    }
}
