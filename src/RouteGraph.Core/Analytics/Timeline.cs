using System.Collections.Immutable;
using RouteGraph.Core.Graph;
using RouteGraph.Core.Model;

namespace RouteGraph.Core.Analytics;

/// <summary>What happened to partnerships and programmes, event by event, each with the precision its source gives.</summary>
public static class Timeline
{
    /// <summary>
    /// The events of the partnerships on a route (with one of its countries, or targeting it) and
    /// of the programmes acting in its countries or part of those partnerships — of every
    /// partnership and programme when no route is given. A dated event is in the window [from, to]
    /// when any of its days is. Dated events are ordered by first day, the more precise first, then
    /// kind, then subject id. An unknown route has no events.
    /// </summary>
    public static PolicyTimeline Events(PolicyGraph graph, string? routeId, DateOnly? from, DateOnly? to)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ImmutableArray<Partnership> partnerships;
        IEnumerable<Programme> programmes;
        if (string.IsNullOrWhiteSpace(routeId))
            (partnerships, programmes) = (graph.Partnerships, graph.Programmes);
        else if (graph.Node<Route>(routeId) is null)
            return new PolicyTimeline([], [], []);
        else
        {
            partnerships = PartnershipQueries.InSigningOrder(graph, PartnershipQueries.OnRoute(AnalyticsContext.Of(graph), routeId));
            programmes = graph.RouteMembers(routeId)
                .SelectMany(m => graph.Sources<Programme>(m.Country.Id, RelationType.RETURNS_FROM)
                    .Concat(graph.Sources<Programme>(m.Country.Id, RelationType.RETURNS_TO)))
                .Concat(partnerships.SelectMany(p => graph.Sources<Programme>(p.Id, RelationType.PART_OF)))
                .Distinct(ById<Programme>.Instance);
        }

        var all = partnerships.Cast<PolicyNode>().Concat(programmes)
            .SelectMany(subject => graph.LifecycleOf(subject).Events.Select(e => new TimelineEvent(e, subject)))
            .ToList();
        return new PolicyTimeline(
            [
                .. all
                    .Where(e => e.Date is { } date && date.Overlaps(from, to))
                    .OrderBy(e => e.Date)
                    .ThenBy(e => e.Kind)
                    .ThenBy(e => e.Subject.Id, StringComparer.Ordinal),
            ],
            [.. all.Where(e => e.Date is null).OrderBy(e => e.Subject.Id, StringComparer.Ordinal).ThenBy(e => e.Kind)],
            [.. partnerships.Where(p => graph.LifecycleOf(p).Events.All(e => e.Date is null))]);
    }
}
