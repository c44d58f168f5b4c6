using global::GraphQL.Types;
using global::GraphQL.Types.Relay.DataObjects;

namespace RouteGraph.Api.GraphQL.Types;

public abstract class EdgeGraphType<TNodeType, TNode> : ObjectGraphType<Edge<TNode>> where TNodeType : IGraphType
{
    protected EdgeGraphType(string name, string what)
    {
        Name = name;
        Description = $"One of the {what} of a page, with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass it as after to get the items that follow this one.")
            .Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description($"The item.").Resolve(c => c.Source.Node);
    }
}
