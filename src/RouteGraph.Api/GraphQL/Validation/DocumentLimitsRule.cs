using global::GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace RouteGraph.Api.GraphQL.Validation;

/// <summary>
/// The cheap limits, checked in one walk of the syntax tree before any other validation rule visits the document:
/// aliases (<c>MaxAliases</c>), field selections once fragments are expanded (<c>MaxFields</c>) and field depth
/// (<c>MaxDepth</c>, leaves included: <c>{ routes { id } }</c> is 2). Each fragment is measured once and its measure reused
/// at every spread, so <c>...F23</c> over twenty-three doubling fragments costs 24 small steps, not 2^23; the spec's field
/// merging rule, quadratic in the number of fields, never sees a document with more than <c>MaxFields</c>. A limit exceeded is
/// thrown, which stops validation at once.
/// </summary>
public sealed class DocumentLimitsRule(IOptions<RouteGraphOptions> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var limits = options.Value.Limits;
        var source = context.Document.Source;
        var (aliases, firstAlias) = CountAliases(context.Document);
        if (aliases > limits.MaxAliases)
            throw new LimitExceededError(source, ErrorCodes.MaxAliasesExceeded,
                $"The document uses {aliases} aliases; at most {limits.MaxAliases} are allowed.", limits.MaxAliases, aliases, firstAlias!);

        var (fields, depth) = new Measure(context.Document).Of(context.Operation.SelectionSet);
        if (fields > limits.MaxFields)
            throw new LimitExceededError(source, ErrorCodes.MaxFieldsExceeded,
                $"The operation selects {(fields > 1e15 ? "more than 10^15" : $"{fields:0}")} fields once its fragments are expanded; at most {limits.MaxFields} are allowed.",
                limits.MaxFields, fields, context.Operation);
        if (depth > limits.MaxDepth)
            throw new LimitExceededError(source, ErrorCodes.MaxDepthExceeded,
                $"The operation nests fields {depth} levels deep; at most {limits.MaxDepth} are allowed.", limits.MaxDepth, depth, context.Operation);
        return default;
    }

    /// <summary>Aliases written in the document (operations and fragments, as written: an alias in a fragment counts once).</summary>
    static (int Count, GraphQLField? First) CountAliases(GraphQLDocument document)
    {
        var count = 0;
        GraphQLField? first = null;
        var pending = new Stack<GraphQLSelectionSet>(document.Definitions.OfType<IHasSelectionSetNode>().Select(d => d.SelectionSet!).Where(s => s is not null));
        while (pending.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                if (selection is GraphQLField { Alias: not null } field)
                {
                    count++;
                    first ??= field;
                }

                if (selection is IHasSelectionSetNode { SelectionSet: { } inner })
                    pending.Push(inner);
            }
        }

        return (count, first);
    }

    /// <summary>Fields (as a double: an explosion must saturate, not overflow) and depth of a selection, fragments expanded.</summary>
    sealed class Measure(GraphQLDocument document)
    {
        readonly Dictionary<string, (double Fields, int Depth)?> _fragments = new();
        readonly ILookup<string, GraphQLFragmentDefinition> _definitions =
            document.Definitions.OfType<GraphQLFragmentDefinition>().ToLookup(f => f.FragmentName.Name.StringValue);

        public (double Fields, int Depth) Of(GraphQLSelectionSet? set)
        {
            if (set is null)
                return (0, 0);
            double fields = 0;
            var depth = 0;
            foreach (var selection in set.Selections)
            {
                var (innerFields, innerDepth) = selection switch
                {
                    GraphQLField field => Of(field.SelectionSet) is var inner ? (inner.Fields + 1, inner.Depth + 1) : default,
                    GraphQLInlineFragment inline => Of(inline.SelectionSet),
                    GraphQLFragmentSpread spread => OfFragment(spread.FragmentName.Name.StringValue),
                    _ => (0, 0),
                };
                fields += innerFields;
                depth = Math.Max(depth, innerDepth);
            }

            return (fields, depth);
        }

        (double, int) OfFragment(string name)
        {
            if (_fragments.TryGetValue(name, out var known))
                return known ?? (0, 0); // null: a cycle, which the spec's NoFragmentCycles rule reports
            _fragments[name] = null;
            var measured = Of(_definitions[name].FirstOrDefault()?.SelectionSet);
            _fragments[name] = measured;
            return measured;
        }
    }
}
