using RouteGraph.Core.Model;

namespace RouteGraph.Core.Analytics;

/// <summary>One lifecycle event and the partnership or programme it happened to.</summary>
public sealed record TimelineEvent(LifecycleEvent Event, PolicyNode Subject)
{
    public LifecycleEventKind Kind => Event.Kind;
    public PartialDate? Date => Event.Date;
}
