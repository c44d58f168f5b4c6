using System.Collections.Immutable;
using RouteGraph.Core.Model;

namespace RouteGraph.Core.Analytics;

/// <summary>
/// The dated events in a window, the events without a date, and the partnerships with no dated
/// event at all: nothing in scope is silently dropped.
/// </summary>
public sealed record PolicyTimeline(
    ImmutableArray<TimelineEvent> Events,
    ImmutableArray<TimelineEvent> Undated,
    ImmutableArray<Partnership> UndatedPartnerships);
