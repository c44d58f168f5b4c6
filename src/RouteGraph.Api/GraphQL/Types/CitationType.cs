using global::GraphQL.Types;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class CitationType : ObjectGraphType<Citation>
{
    public CitationType()
    {
        Name = "Citation";
        Description = "A node taken from a document, with the sentence quoted from it.";
        Field<NonNullGraphType<NodeInterface>>("node").Description("The node.").Resolve(c => c.Source.Node);
        Field<StringGraphType>("quote").Description("The sentence of the document that states the fact; null when none is quoted.")
            .Resolve(c => c.Source.Quote);
    }
}
