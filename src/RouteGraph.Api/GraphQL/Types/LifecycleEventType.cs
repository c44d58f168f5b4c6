using global::GraphQL.Types;
using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class LifecycleEventType : NodeGraphType<LifecycleEvent>
{
    public LifecycleEventType() : base("LifecycleEvent",
        "A dated event of a partnership's or programme's life, with the document that records it. Statuses are derived from these.")
    {
        Field<NonNullGraphType<LifecycleEventKindEnum>>("kind").Description("What happened.").Resolve(c => c.Source.Kind);
        Field<PartialDateGraphType>("date").Description("When, as precisely as the source gives it; null when the source gives no date.")
            .Resolve(c => c.Source.Date);
        Field<DatePrecisionEnum>("precision").Description("How much of the date is known; null when there is no date.")
            .Resolve(c => c.Source.Date?.Precision);
        Field<IsoDateGraphType>("earliest").Description("The first day the date can mean; null when there is no date.")
            .Resolve(c => c.Source.Date?.Earliest);
        Field<IsoDateGraphType>("latest").Description("The last day the date can mean; null when there is no date.")
            .Resolve(c => c.Source.Date?.Latest);
        Text("note", "A note on the event (what the date stands for, a doubt), in English.", e => e.Note, nullable: true);
        Field<NodeInterface>("subject").Description("The partnership or programme it happened to (HAS_EVENT).")
            .Resolve(c => c.Graph().In(c.Source.Id, RelationType.HAS_EVENT).Select(r => c.Graph().Node(r.FromId)).FirstOrDefault());
        SourcesField();
    }
}
