using System.Collections.Immutable;
using RouteGraph.Core.Graph;
using RouteGraph.Core.Model;

namespace RouteGraph.Core.Analytics;

public enum TimelineEventKind
{
    SIGNED,
    LAUNCHED,
    SUSPENDED,
    ENDED,
}

public sealed record TimelineEvent(DateOnly Date, TimelineEventKind Kind, Partnership Partnership);

/// <summary>The dated events of partnerships: signed (or launched), suspended, ended.</summary>
public static class Timeline
{
    /// <summary>
    /// Events of the partnerships covering a route (all partnerships when no route is given) within
    /// the inclusive window [from, to], ordered by date, kind, then partnership id. An unknown route
    /// has no events.
    /// </summary>
    public static ImmutableArray<TimelineEvent> Events(PolicyGraph graph, string? routeId, DateOnly? from, DateOnly? to)
    {
        ArgumentNullException.ThrowIfNull(graph);
        IEnumerable<Partnership> partnerships;
        if (string.IsNullOrWhiteSpace(routeId))
            partnerships = graph.Partnerships;
        else if (graph.Node<Route>(routeId) is null)
            return [];
        else
            partnerships = PartnershipQueries.CoveringRoute(AnalyticsIndex.Of(graph), routeId);

        return
        [
            .. partnerships
                .SelectMany(EventsOf)
                .Where(e => (from is not { } start || e.Date >= start) && (to is not { } end || e.Date <= end))
                .OrderBy(e => e.Date)
                .ThenBy(e => e.Kind)
                .ThenBy(e => e.Partnership.Id, StringComparer.Ordinal),
        ];
    }

    static IEnumerable<TimelineEvent> EventsOf(Partnership partnership)
    {
        if (partnership.SignedOn is { } signed)
        {
            // The Council speaks of operational partnerships being "launched", not signed.
            var kind = partnership.Kind == PartnershipKind.OPERATIONAL_PARTNERSHIP ? TimelineEventKind.LAUNCHED : TimelineEventKind.SIGNED;
            yield return new TimelineEvent(signed, kind, partnership);
        }

        if (partnership.SuspendedOn is { } suspended)
            yield return new TimelineEvent(suspended, TimelineEventKind.SUSPENDED, partnership);
        if (partnership.EndedOn is { } ended)
            yield return new TimelineEvent(ended, TimelineEventKind.ENDED, partnership);
    }
}
