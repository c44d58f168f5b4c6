using RouteGraph.Core.Graph;

namespace RouteGraph.Core.Analytics;

/// <summary>
/// Builds every index the analytics derive from a snapshot (sector masks, route targets, the movement network, folded
/// texts, the search index) now, so the first question about a freshly loaded graph pays for none of them.
/// </summary>
public static class SnapshotPreparation
{
    public static void Prepare(PolicyGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        AnalyticsContext.Prepare(graph);
    }
}
