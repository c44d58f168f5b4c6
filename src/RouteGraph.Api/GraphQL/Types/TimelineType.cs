using global::GraphQL.Types;
using RouteGraph.Core.Analytics;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class TimelineType : ObjectGraphType<PolicyTimeline>
{
    public TimelineType()
    {
        Name = "Timeline";
        Description = "What happened to partnerships and programmes: dated events in the window, undated events, and partnerships with no dated event. "
            + "Nothing in scope is left out.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimelineEventType>>>>("events")
            .Description("Dated events with any day in the window, by first day (the more precise first), then kind, then subject id.")
            .Resolve(c => c.Source.Events);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimelineEventType>>>>("undated")
            .Description("Events whose date the sources do not give.").Resolve(c => c.Source.Undated);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnershipType>>>>("undatedPartnerships")
            .Description("Partnerships in scope with no dated event at all: they cannot be placed in time.").Resolve(c => c.Source.UndatedPartnerships);
    }
}
