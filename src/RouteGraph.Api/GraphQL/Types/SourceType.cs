using global::GraphQL.Types;
using RouteGraph.Core.Graph;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class SourceType : ObjectGraphType<SourceRef>
{
    public SourceType()
    {
        Name = "Source";
        Description = "A source document of a node, with the exact sentence quoted from it, in the document's language.";
        Field<NonNullGraphType<DocumentType>>("document").Description("The document.").Resolve(c => c.Source.Document);
        Field<StringGraphType>("quote").Description("The sentence of the document that states the fact; null when none is quoted.")
            .Resolve(c => c.Source.Quote);
    }
}
