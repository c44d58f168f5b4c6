using global::GraphQL;
using global::GraphQL.Types;
using global::GraphQL.Types.Relay;
using global::GraphQL.Types.Relay.DataObjects;
using global::GraphQL.Validation.Complexity;

namespace RouteGraph.Api.GraphQL.Types;

/// <summary>
/// A cursor connection: <c>edges { cursor node }</c>, <c>nodes</c>, <c>pageInfo</c>, <c>totalCount</c>.
/// (graphql-dotnet's own ConnectionType names its shortcut <c>items</c> and makes <c>totalCount</c> nullable; front ends expect <c>nodes</c>.)
/// </summary>
public abstract class ConnectionGraphType<TNodeType, TEdgeType, TNode> : ObjectGraphType<Connection<TNode>>
    where TNodeType : IGraphType
    where TEdgeType : IGraphType
{
    protected ConnectionGraphType(string name, string what, GraphQLLimits limits)
    {
        Name = name;
        Description = $"A page of {what}, with cursors to ask for the next page (first, after).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeType>>>>("edges")
            .Description($"The {what} of this page, each with its cursor.")
            .Resolve(c => c.Source.Edges)
            .WithComplexityImpact(context => PageImpact(context, limits));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description($"The {what} of this page, without cursors.")
            .Resolve(c => c.Source.Items)
            .WithComplexityImpact(context => PageImpact(context, limits));
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Where this page sits in the whole list.").Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description($"How many {what} the whole list holds, over all pages.")
            .Resolve(c => c.Source.TotalCount);
    }

    /// <summary>A page holds <c>first</c> items (the default page size when not given), not the default 5 of a list.</summary>
    static FieldComplexityResult PageImpact(FieldImpactContext context, GraphQLLimits limits)
    {
        var first = context.Parent?.GetArgument<int?>("first", null);
        var size = first is >= 0 ? Math.Min(first.Value, limits.MaxPageSize) : limits.DefaultPageSize;
        return new FieldComplexityResult(1, size);
    }
}
