using global::GraphQL.Types;
using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

/// <summary><c>interface Node { id: ID! }</c>: every node of the graph, found again with <c>node(id:)</c>.</summary>
public sealed class NodeInterface : InterfaceGraphType<PolicyNode>
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "A node of the policy graph. Ids are the seed ids, unique across all types: ISO 3166-1 alpha-2 codes "
            + "for countries (IT), kebab-case slugs for everything else (central-mediterranean).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The node's id, unique across all types.");
    }
}
