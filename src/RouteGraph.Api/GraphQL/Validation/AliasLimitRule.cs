using global::GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace RouteGraph.Api.GraphQL.Validation;

/// <summary>
/// Refuses documents with more field aliases than <c>RouteGraph:Limits:MaxAliases</c>: aliases let one
/// small document ask for the same expensive field many times over.
/// </summary>
public sealed class AliasLimitRule(IOptions<RouteGraphOptions> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var max = options.Value.Limits.MaxAliases;
        var count = 0;
        GraphQLField? first = null;
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is IHasSelectionSetNode { SelectionSet: { } set })
                Count(set);
        }

        if (count > max)
            context.ReportError(new LimitExceededError(context.Document.Source, ErrorCodes.MaxAliasesExceeded,
                $"The document uses {count} aliases; at most {max} are allowed.", max, count, first!));
        return default;

        void Count(GraphQLSelectionSet selectionSet)
        {
            foreach (var selection in selectionSet.Selections)
            {
                if (selection is GraphQLField { Alias: not null } field)
                {
                    count++;
                    first ??= field;
                }

                if (selection is IHasSelectionSetNode { SelectionSet: { } inner })
                    Count(inner);
            }
        }
    }
}
