using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class DocumentType : NodeGraphType<Document>
{
    public DocumentType() : base("Document", "A source document. Every fact in the graph traces back to one.")
    {
        Text("title", "The document's title.", d => d.Title);
        Text("publisher", "Who published it.", d => d.Publisher);
        Field<PartialDateGraphType>("date").Description("When it was published or adopted, as precisely as known (2006, 2006-07 or 2006-07-10); null when not known.").Resolve(c => c.Source.Date);
        Text("url", "Where it is published; set only when known exactly, otherwise null.", d => d.Url, nullable: true);
        Text("language", "The language of the document (ISO 639-1, such as en or it); quotes are in this language.", d => d.Language);
        List<CitationType>("citedBy", "The nodes taken from this document (SOURCED_FROM), each with its quote.",
            c => c.Graph().In(c.Source.Id, RelationType.SOURCED_FROM).Select(r => new Citation(c.Graph().Node(r.FromId)!, r.Quote)));
    }
}
