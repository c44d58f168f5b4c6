using global::GraphQL.Types;
using RouteGraph.Core.Analytics;
using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class TimelineEventType : ObjectGraphType<TimelineEvent>
{
    public TimelineEventType()
    {
        Name = "TimelineEvent";
        Description = "Something that happened to a partnership or programme, dated as precisely as its source gives it.";
        Field<PartialDateGraphType>("date").Description("When (2006, 2006-07 or 2006-07-10); null for an undated event.").Resolve(c => c.Source.Date);
        Field<DatePrecisionEnum>("precision").Description("How much of the date is known; null for an undated event.")
            .Resolve(c => c.Source.Date?.Precision);
        Field<NonNullGraphType<LifecycleEventKindEnum>>("kind").Description("What happened.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<LifecycleEventType>>("event").Description("The event, with its sources.").Resolve(c => c.Source.Event);
        Field<PartnershipType>("partnership").Description("The partnership it happened to; null when it happened to a programme.")
            .Resolve(c => c.Source.Subject as Partnership);
        Field<ProgrammeType>("programme").Description("The programme it happened to; null when it happened to a partnership.")
            .Resolve(c => c.Source.Subject as Programme);
    }
}
