using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class CommitmentType : NodeGraphType<Commitment>
{
    public CommitmentType() : base("Commitment", "Something the signatories of a partnership undertake.")
    {
        Text("text", "What is undertaken, in the words of the model.", m => m.Text);
        Field<SectorEnum>("sector").Description("The key sector it belongs to; null when it belongs to none.").Resolve(c => c.Source.Sector);
        Field<RecurrenceEnum>("recurrence").Description("How often it is carried out; null when the sources do not say.")
            .Resolve(c => c.Source.Recurrence);
        List<PartnershipType>("partnerships", "The partnerships that carry this commitment (COMMITS_TO).",
            c => c.Graph().Sources<Partnership>(c.Source.Id, RelationType.COMMITS_TO));
        SourcesField();
    }
}
