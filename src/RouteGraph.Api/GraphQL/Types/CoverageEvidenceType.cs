using global::GraphQL.Types;
using RouteGraph.Core.Analytics;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class CoverageEvidenceType : ObjectGraphType<CoverageEvidence>
{
    public CoverageEvidenceType()
    {
        Name = "CoverageEvidence";
        Description = "One fact behind a coverage cell, the document it is taken from and, for the seed documents, the exact sentence.";
        Field<NonNullGraphType<EvidenceFactEnum>>("fact").Description("Which fact it supports.").Resolve(c => c.Source.Fact);
        Field<NonNullGraphType<PartnershipType>>("partnership").Description("The partnership.").Resolve(c => c.Source.Partnership);
        Field<NonNullGraphType<DocumentType>>("document").Description("The source document.").Resolve(c => c.Source.Document);
        Field<StringGraphType>("quote").Description("The sentence of the document that states the fact, in its language; null when none is held.")
            .Resolve(c => c.Source.Quote);
        Field<LifecycleEventType>("event").Description("For a LIFECYCLE fact, the event; null otherwise.").Resolve(c => c.Source.Event);
    }
}
