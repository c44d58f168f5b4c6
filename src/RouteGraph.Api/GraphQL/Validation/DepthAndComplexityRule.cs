using global::GraphQL.Validation;
using global::GraphQL.Validation.Complexity;
using global::GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;

namespace RouteGraph.Api.GraphQL.Validation;

/// <summary>
/// graphql-dotnet's complexity analysis (depth and estimated cost of the selected operation), reporting
/// our own codes: MAX_DEPTH_EXCEEDED and MAX_COMPLEXITY_EXCEEDED. Each list counts as <c>first</c> items
/// when given, else 5 (a connection page counts as its page size).
/// </summary>
public sealed class DepthAndComplexityRule(IOptions<RouteGraphOptions> options) : ComplexityValidationRule(ComplexityOptionsFor(options.Value.Limits))
{
    static ComplexityOptions ComplexityOptionsFor(GraphQLLimits limits) => new()
    {
        MaxDepth = limits.MaxDepth,
        MaxComplexity = limits.MaxComplexity,
    };

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
